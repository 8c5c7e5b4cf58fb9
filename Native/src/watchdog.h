/*
 * RP2040 hardware watchdog, driven only by managed code (NativeWatchdog).
 *
 * Timeout: LOAD is 24 bits of 1 us ticks, and erratum RP2040-E1 (datasheet
 * Appendix B) makes the counter decrement twice per tick, so LOAD must be
 * 2 x timeout_us and the longest honourable timeout is
 * floor(0xFFFFFF / 2 / 1000) = 8388 ms.
 *
 * Boot bookkeeping lives in WATCHDOG SCRATCH0..3 (survive a watchdog reset,
 * cleared by power-on). SCRATCH4..7 are read by the bootrom on every boot
 * ("Watchdog Boot", datasheet bootrom chapter) and are never touched here.
 *
 * SCRATCH3 counts watchdog resets in a row without a healthy run (SR-8, the
 * boot-loop guard): +1 on a watchdog-timeout boot, 0 at power-on and when the
 * firmware calls furnace_wdt_mark_healthy(); a forced reset (CTRL.TRIGGER, a
 * requested reboot) leaves it as it was.
 */
#ifndef FURNACE_WATCHDOG_H
#define FURNACE_WATCHDOG_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* wire-stable: equals FurnaceFw.Device.Rp2040.ResetReason, never renumber */
typedef enum
{
    FURNACE_RESET_POWER_ON = 0, /* REASON == 0: power-on, brown-out, RUN pin */
    FURNACE_RESET_WATCHDOG = 1, /* REASON.TIMER: the counter reached zero    */
    FURNACE_RESET_FORCED = 2    /* REASON.FORCE: CTRL.TRIGGER was written    */
} furnace_reset_reason_t;

#define FURNACE_WDT_MIN_TIMEOUT_MS 1
#define FURNACE_WDT_MAX_TIMEOUT_MS 8388

/* Which scratch registers hold what (see docs/native-interop.md). */
#define FURNACE_WDT_SCRATCH_MAGIC 0
#define FURNACE_WDT_SCRATCH_RESET_COUNT 1
#define FURNACE_WDT_SCRATCH_LAST_REASON 2
#define FURNACE_WDT_SCRATCH_RESETS_SINCE_HEALTHY 3
#define FURNACE_WDT_MAGIC 0x464E4332u /* "FNC2": layout 2 adds SCRATCH3 */

/* clk_ref on the Pico is the 12 MHz crystal: 12 cycles per 1 us tick. */
#define FURNACE_WDT_TICK_CYCLES_12MHZ 12u

/* Pure: LOAD value for a timeout, with the E1 doubling. Returns
 * FURNACE_ERR_RANGE for 0, negative, or more than FURNACE_WDT_MAX_TIMEOUT_MS. */
int furnace_wdt_load_for_timeout_ms(int32_t timeout_ms, uint32_t *load_out);

/* Pure: REASON register value -> reason. TIMER wins if both bits are set. */
furnace_reset_reason_t furnace_wdt_decode_reason(uint32_t reason_register);

/* Arms (or re-arms with a new timeout) the watchdog. */
int furnace_wdt_enable(int32_t timeout_ms);

/* Reloads LOAD with the armed value. FURNACE_ERR_STATE if never enabled. */
int furnace_wdt_feed(void);

/* Reads REASON and updates the scratch counters once per boot; later calls
 * are no-ops. Called lazily by the two getters below. */
void furnace_wdt_record_boot(void);
furnace_reset_reason_t furnace_wdt_reset_reason(void);
uint32_t furnace_wdt_reset_count(void);

/* Watchdog-timeout resets in a row, this boot's included, with no
 * furnace_wdt_mark_healthy() between them (SCRATCH3). */
uint32_t furnace_wdt_resets_since_healthy(void);

/* The firmware ran healthy: clears SCRATCH3 (and this boot's copy). */
void furnace_wdt_mark_healthy(void);

/* Host tests only: forget RAM state, as a chip reset clears SRAM. */
void furnace_wdt_forget_ram_state(void);

#ifdef __cplusplus
}
#endif

#endif
