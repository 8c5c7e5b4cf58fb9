/*
 * RP2040 watchdog: arm, feed, reset reason and boot counters.
 * Register sequence follows RP2040 datasheet §4.7 "Watchdog" and §2.13
 * "Power-On State Machine"; own code, no Pico SDK.
 */
#include "watchdog.h"

#include "furnace_status.h"
#include "reg_access.h"
#include "rp2040_regs_watchdog.h"

static uint32_t s_armed_load;          /* 0 = never enabled since boot */
static uint8_t s_boot_recorded;        /* RAM: cleared by any chip reset */
static furnace_reset_reason_t s_reason;
static uint32_t s_reset_count;
static uint32_t s_resets_since_healthy; /* SCRATCH3's value for this boot */

int furnace_wdt_load_for_timeout_ms(int32_t timeout_ms, uint32_t *load_out)
{
    if (load_out == 0)
    {
        return FURNACE_ERR_ARG;
    }
    if (timeout_ms < FURNACE_WDT_MIN_TIMEOUT_MS || timeout_ms > FURNACE_WDT_MAX_TIMEOUT_MS)
    {
        return FURNACE_ERR_RANGE;
    }
    /* Erratum RP2040-E1: the counter decrements on both tick edges. */
    uint32_t load = (uint32_t)timeout_ms * 1000u * 2u;
    if (load > WATCHDOG_LOAD_MAX)
    {
        return FURNACE_ERR_RANGE; /* unreachable with the bound above; guard */
    }
    *load_out = load;
    return FURNACE_OK;
}

furnace_reset_reason_t furnace_wdt_decode_reason(uint32_t reason_register)
{
    if ((reason_register & WATCHDOG_REASON_TIMER) != 0u)
    {
        return FURNACE_RESET_WATCHDOG;
    }
    if ((reason_register & WATCHDOG_REASON_FORCE) != 0u)
    {
        return FURNACE_RESET_FORCED;
    }
    return FURNACE_RESET_POWER_ON;
}

static void ensure_tick_running(void)
{
    /* The tick also clocks TIMER, so ChibiOS has normally started it
     * (§4.7.2); only start it if it is not running, never reprogram it. */
    if ((reg_read32(WATCHDOG_TICK) & WATCHDOG_TICK_RUNNING) == 0u)
    {
        reg_write32(WATCHDOG_TICK, WATCHDOG_TICK_ENABLE | FURNACE_WDT_TICK_CYCLES_12MHZ);
    }
}

int furnace_wdt_enable(int32_t timeout_ms)
{
    uint32_t load;
    int status = furnace_wdt_load_for_timeout_ms(timeout_ms, &load);
    if (status != FURNACE_OK)
    {
        return status;
    }

    furnace_wdt_record_boot(); /* capture REASON before anything else runs */

    /* Stop the counter while reconfiguring so a half-written setup can't fire. */
    reg_clear_bits(WATCHDOG_CTRL, WATCHDOG_CTRL_ENABLE);
    ensure_tick_running();

    /* Reset everything except the oscillators (§2.13.2): keeps XOSC stable
     * across the reset; WATCHDOG itself is not in PSM, so SCRATCH survives. */
    reg_write32(PSM_WDSEL, PSM_ALL_BLOCKS & ~(PSM_ROSC | PSM_XOSC));

    reg_write32(WATCHDOG_LOAD, load);
    s_armed_load = load;

    /* Pause while a debugger halts the cores, or SWD sessions would reset. */
    reg_set_bits(WATCHDOG_CTRL, WATCHDOG_CTRL_PAUSE_DBG0 | WATCHDOG_CTRL_PAUSE_DBG1 |
                                    WATCHDOG_CTRL_PAUSE_JTAG | WATCHDOG_CTRL_ENABLE);
    return FURNACE_OK;
}

int furnace_wdt_feed(void)
{
    if (s_armed_load == 0u)
    {
        return FURNACE_ERR_STATE;
    }
    /* Writing LOAD restarts the count from the armed value (§4.7.6 LOAD). */
    reg_write32(WATCHDOG_LOAD, s_armed_load);
    return FURNACE_OK;
}

void furnace_wdt_record_boot(void)
{
    if (s_boot_recorded != 0u)
    {
        return;
    }
    s_boot_recorded = 1u;

    s_reason = furnace_wdt_decode_reason(reg_read32(WATCHDOG_REASON));

    if (s_reason == FURNACE_RESET_POWER_ON)
    {
        /* Scratch content is undefined after power-on: start afresh. */
        s_reset_count = 0u;
        s_resets_since_healthy = 0u;
    }
    else
    {
        uint32_t magic = reg_read32(WATCHDOG_SCRATCH(FURNACE_WDT_SCRATCH_MAGIC));
        uint32_t previous = reg_read32(WATCHDOG_SCRATCH(FURNACE_WDT_SCRATCH_RESET_COUNT));
        uint32_t unhealthy = reg_read32(WATCHDOG_SCRATCH(FURNACE_WDT_SCRATCH_RESETS_SINCE_HEALTHY));
        if (magic != FURNACE_WDT_MAGIC)
        {
            previous = 0u; /* e.g. first watchdog reset after a flash */
            unhealthy = 0u;
        }
        s_reset_count = (previous == 0xFFFFFFFFu) ? previous : previous + 1u;
        /* Only a timeout is a hang; a forced reset is a requested reboot. */
        if (s_reason == FURNACE_RESET_WATCHDOG && unhealthy != 0xFFFFFFFFu)
        {
            unhealthy++;
        }
        s_resets_since_healthy = unhealthy;
    }

    reg_write32(WATCHDOG_SCRATCH(FURNACE_WDT_SCRATCH_MAGIC), FURNACE_WDT_MAGIC);
    reg_write32(WATCHDOG_SCRATCH(FURNACE_WDT_SCRATCH_RESET_COUNT), s_reset_count);
    reg_write32(WATCHDOG_SCRATCH(FURNACE_WDT_SCRATCH_LAST_REASON), (uint32_t)s_reason);
    reg_write32(WATCHDOG_SCRATCH(FURNACE_WDT_SCRATCH_RESETS_SINCE_HEALTHY), s_resets_since_healthy);
}

furnace_reset_reason_t furnace_wdt_reset_reason(void)
{
    furnace_wdt_record_boot();
    return s_reason;
}

uint32_t furnace_wdt_reset_count(void)
{
    furnace_wdt_record_boot();
    return s_reset_count;
}

uint32_t furnace_wdt_resets_since_healthy(void)
{
    furnace_wdt_record_boot();
    return s_resets_since_healthy;
}

void furnace_wdt_mark_healthy(void)
{
    furnace_wdt_record_boot(); /* a later first read must not undo the clear */
    s_resets_since_healthy = 0u;
    reg_write32(WATCHDOG_SCRATCH(FURNACE_WDT_SCRATCH_RESETS_SINCE_HEALTHY), 0u);
}

void furnace_wdt_forget_ram_state(void)
{
    s_armed_load = 0u;
    s_boot_recorded = 0u;
    s_reason = FURNACE_RESET_POWER_ON;
    s_reset_count = 0u;
    s_resets_since_healthy = 0u;
}
