//-----------------------------------------------------------------------------
// HAND-WRITTEN stand-in for the MetadataProcessor-generated method lookup
// table. The table must list EVERY method of the assembly in metadata
// (MethodDef) order, with nullptr for methods that are not InternalCall, and
// the checksum must equal the one the MetadataProcessor computes for the
// managed assembly. The ORDER is checked by tests/FurnaceFw.Device.Tests
// InteropTableTests against the compiled assembly (the metadata processor's
// order); the checksum 0x00000000 is still a PLACEHOLDER that will not
// match. Replace it with the generated value (docs/native-interop.md
// "Regenerating the stubs"); keep our stub bodies.
//-----------------------------------------------------------------------------

#include "FurnaceFw_Device_Rp2040.h"

// clang-format off

static const CLR_RT_MethodHandler method_lookup[] =
{
    // FurnaceFw.Device.Rp2040.NativeI2cTarget
    nullptr, // Start
    nullptr, // Stop
    nullptr, // Publish
    nullptr, // TakeWrite
    nullptr, // ReadCounters
    Library_FurnaceFw_Device_Rp2040_FurnaceFw_Device_Rp2040_NativeI2cTarget::NativeStart___STATIC__I4__I4__I4__I4__I4,
    Library_FurnaceFw_Device_Rp2040_FurnaceFw_Device_Rp2040_NativeI2cTarget::NativeStop___STATIC__VOID,
    Library_FurnaceFw_Device_Rp2040_FurnaceFw_Device_Rp2040_NativeI2cTarget::NativePublish___STATIC__I4__SZARRAY_U1__I4,
    Library_FurnaceFw_Device_Rp2040_FurnaceFw_Device_Rp2040_NativeI2cTarget::NativeTakeWrite___STATIC__I4__SZARRAY_U1,
    Library_FurnaceFw_Device_Rp2040_FurnaceFw_Device_Rp2040_NativeI2cTarget::NativeReadCounters___STATIC__VOID__SZARRAY_I4,
    // FurnaceFw.Device.Rp2040.NativeWatchdog
    nullptr, // Enable(int)
    nullptr, // Enable(TimeSpan)
    nullptr, // Feed
    nullptr, // ReadResetReason
    nullptr, // get_ResetCount
    nullptr, // ThrowOnError
    Library_FurnaceFw_Device_Rp2040_FurnaceFw_Device_Rp2040_NativeWatchdog::NativeEnable___STATIC__I4__I4,
    Library_FurnaceFw_Device_Rp2040_FurnaceFw_Device_Rp2040_NativeWatchdog::NativeFeed___STATIC__I4,
    Library_FurnaceFw_Device_Rp2040_FurnaceFw_Device_Rp2040_NativeWatchdog::NativeReadResetReason___STATIC__I4,
    Library_FurnaceFw_Device_Rp2040_FurnaceFw_Device_Rp2040_NativeWatchdog::NativeReadResetCount___STATIC__I4,
    // appended (SR-8 boot-loop counter, WATCHDOG SCRATCH3): existing slots above never move
    nullptr, // get_ResetsSinceHealthy
    nullptr, // MarkHealthy
    Library_FurnaceFw_Device_Rp2040_FurnaceFw_Device_Rp2040_NativeWatchdog::NativeReadResetsSinceHealthy___STATIC__I4,
    Library_FurnaceFw_Device_Rp2040_FurnaceFw_Device_Rp2040_NativeWatchdog::NativeMarkHealthy___STATIC__VOID,
};

const CLR_RT_NativeAssemblyData g_CLR_AssemblyNative_FurnaceFw_Device_Rp2040 =
{
    "FurnaceFw.Device.Rp2040",
    0x00000000, // PLACEHOLDER checksum: copy the generated value
    method_lookup,
    { 1, 0, 0, 0 }
};

// clang-format on
