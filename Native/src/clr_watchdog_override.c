/*
 * Keeps the nanoCLR from feeding the RP2040 watchdog behind managed code.
 *
 * nf-interpreter src/CLR/Core/Execution.cpp, CLR_RT_ExecutionEngine::
 * ScheduleThreads, calls Watchdog_Reset() before and after every thread
 * quantum. If that symbol reloaded the hardware watchdog, any live managed
 * thread (or the idle loop) would keep the board alive while the furnace
 * supervisor thread is hung. src/HAL/nanoHAL_Watchdog.c only provides weak
 * no-ops; targets/ChibiOS/_nanoCLR/targetHAL_Watchdog.c provides strong ones
 * (wdgReset(&WDGD1)) when the image is built with NF_FEATURE_WATCHDOG.
 *
 * Two guards, so a misconfigured image fails loudly instead of silently:
 *  1. The build must have HAL_USE_WDG FALSE (NF_FEATURE_WATCHDOG=OFF);
 *     checked below when target_platform.h is visible.
 *  2. Strong no-op definitions here: they replace the weak ones, and collide
 *     at link time ("multiple definition") with targetHAL_Watchdog.c if that
 *     file is still compiled in.
 * Only furnace_wdt_feed() (called from NativeWatchdog.Feed) writes LOAD.
 */
#if defined(__has_include)
#if __has_include(<target_platform.h>)
#include <target_platform.h>
#endif
#endif

#ifndef TRUE
#define TRUE 1
#endif
#ifndef FALSE
#define FALSE 0
#endif

#if defined(HAL_USE_WDG) && (HAL_USE_WDG == TRUE)
#error "FurnaceFw native watchdog: build the image with NF_FEATURE_WATCHDOG=OFF (HAL_USE_WDG FALSE)"
#endif

void Watchdog_Init(void);
void Watchdog_Reset(void);

void Watchdog_Init(void)
{
    /* Intentionally empty: the watchdog is armed by NativeWatchdog.Enable. */
}

void Watchdog_Reset(void)
{
    /* Intentionally empty: only managed code may feed (NativeWatchdog.Feed). */
}
