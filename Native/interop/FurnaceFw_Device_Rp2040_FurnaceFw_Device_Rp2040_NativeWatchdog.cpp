//-----------------------------------------------------------------------------
// Stub bodies for FurnaceFw.Device.Rp2040.NativeWatchdog (hand-written; the
// MetadataProcessor generates empty bodies with these signatures). They only
// unmarshal arguments and call Native/src/watchdog.c, where all logic lives
// and is host-tested. Compiled only inside an nf-interpreter build.
//-----------------------------------------------------------------------------

#include "FurnaceFw_Device_Rp2040.h"
#include "watchdog.h"

typedef Library_FurnaceFw_Device_Rp2040_FurnaceFw_Device_Rp2040_NativeWatchdog NativeWatchdog;

HRESULT NativeWatchdog::NativeEnable___STATIC__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    int32_t timeoutMs = stack.Arg0().NumericByRef().s4;
    stack.SetResult_I4(furnace_wdt_enable(timeoutMs));

    NANOCLR_NOCLEANUP_NOLABEL();
}

HRESULT NativeWatchdog::NativeFeed___STATIC__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    stack.SetResult_I4(furnace_wdt_feed());

    NANOCLR_NOCLEANUP_NOLABEL();
}

HRESULT NativeWatchdog::NativeReadResetReason___STATIC__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    stack.SetResult_I4((int32_t)furnace_wdt_reset_reason());

    NANOCLR_NOCLEANUP_NOLABEL();
}

HRESULT NativeWatchdog::NativeReadResetCount___STATIC__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    uint32_t count = furnace_wdt_reset_count();
    // Saturate rather than wrap negative in the managed int.
    stack.SetResult_I4(count > 0x7FFFFFFFu ? 0x7FFFFFFF : (int32_t)count);

    NANOCLR_NOCLEANUP_NOLABEL();
}

HRESULT NativeWatchdog::NativeReadResetsSinceHealthy___STATIC__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    uint32_t count = furnace_wdt_resets_since_healthy();
    stack.SetResult_I4(count > 0x7FFFFFFFu ? 0x7FFFFFFF : (int32_t)count);

    NANOCLR_NOCLEANUP_NOLABEL();
}

HRESULT NativeWatchdog::NativeMarkHealthy___STATIC__VOID(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();
    (void)stack;

    furnace_wdt_mark_healthy();

    NANOCLR_NOCLEANUP_NOLABEL();
}
