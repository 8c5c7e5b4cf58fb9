//-----------------------------------------------------------------------------
// HAND-WRITTEN stand-in for the header that the nanoFramework
// MetadataProcessor generates ("stubs" output of the managed project build).
// Regenerate and diff before building a firmware image: see
// docs/native-interop.md "Regenerating the stubs".
//-----------------------------------------------------------------------------
#ifndef FURNACEFW_DEVICE_RP2040_H
#define FURNACEFW_DEVICE_RP2040_H

#include <nanoCLR_Interop.h>
#include <nanoCLR_Runtime.h>
#include <nanoPackStruct.h>
#include <corlib_native.h>

struct Library_FurnaceFw_Device_Rp2040_FurnaceFw_Device_Rp2040_NativeI2cTarget
{
    NANOCLR_NATIVE_DECLARE(NativeStart___STATIC__I4__I4__I4__I4__I4);
    NANOCLR_NATIVE_DECLARE(NativeStop___STATIC__VOID);
    NANOCLR_NATIVE_DECLARE(NativePublish___STATIC__I4__SZARRAY_U1__I4);
    NANOCLR_NATIVE_DECLARE(NativeTakeWrite___STATIC__I4__SZARRAY_U1);
    NANOCLR_NATIVE_DECLARE(NativeReadCounters___STATIC__VOID__SZARRAY_I4);

    //--//
};

struct Library_FurnaceFw_Device_Rp2040_FurnaceFw_Device_Rp2040_NativeWatchdog
{
    NANOCLR_NATIVE_DECLARE(NativeEnable___STATIC__I4__I4);
    NANOCLR_NATIVE_DECLARE(NativeFeed___STATIC__I4);
    NANOCLR_NATIVE_DECLARE(NativeReadResetReason___STATIC__I4);
    NANOCLR_NATIVE_DECLARE(NativeReadResetCount___STATIC__I4);
    NANOCLR_NATIVE_DECLARE(NativeReadResetsSinceHealthy___STATIC__I4);
    NANOCLR_NATIVE_DECLARE(NativeMarkHealthy___STATIC__VOID);

    //--//
};

extern const CLR_RT_NativeAssemblyData g_CLR_AssemblyNative_FurnaceFw_Device_Rp2040;

#endif // FURNACEFW_DEVICE_RP2040_H
