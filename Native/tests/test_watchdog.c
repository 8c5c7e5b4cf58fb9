/* Watchdog: E1 arithmetic, limits, register sequence, reset reason, scratch
 * counters across simulated watchdog resets and power-on, CLR override. */
#include <stdint.h>

#include "fake_regs.h"
#include "furnace_status.h"
#include "rp2040_regs_watchdog.h"
#include "test_assert.h"
#include "watchdog.h"

void Watchdog_Init(void);
void Watchdog_Reset(void);

static void power_on(void)
{
    fake_regs_power_on();
    fake_regs_poke(WATCHDOG_TICK, WATCHDOG_TICK_ENABLE | WATCHDOG_TICK_RUNNING | 12u);
    furnace_wdt_forget_ram_state();
}

static void watchdog_reset(uint32_t reason_bits)
{
    fake_regs_watchdog_reset(reason_bits);
    fake_regs_poke(WATCHDOG_TICK, WATCHDOG_TICK_ENABLE | WATCHDOG_TICK_RUNNING | 12u);
    furnace_wdt_forget_ram_state(); /* SRAM is reset too */
}

static void load_is_doubled_for_erratum_e1(void)
{
    uint32_t load = 0;
    CHECK_EQ(FURNACE_OK, furnace_wdt_load_for_timeout_ms(1, &load));
    CHECK_EQ(2000, load);
    CHECK_EQ(FURNACE_OK, furnace_wdt_load_for_timeout_ms(1000, &load));
    CHECK_EQ(2000000, load);
}

static void limits_follow_the_24_bit_load(void)
{
    uint32_t load = 0;
    CHECK_EQ(FURNACE_OK, furnace_wdt_load_for_timeout_ms(8388, &load));
    CHECK_EQ(16776000, load);
    CHECK(load <= WATCHDOG_LOAD_MAX);
    CHECK((uint32_t)8389 * 2000u > WATCHDOG_LOAD_MAX); /* why 8388 is the max */
    CHECK_EQ(FURNACE_ERR_RANGE, furnace_wdt_load_for_timeout_ms(8389, &load));
    CHECK_EQ(FURNACE_ERR_RANGE, furnace_wdt_load_for_timeout_ms(0, &load));
    CHECK_EQ(FURNACE_ERR_RANGE, furnace_wdt_load_for_timeout_ms(-1, &load));
    CHECK_EQ(FURNACE_ERR_RANGE, furnace_wdt_load_for_timeout_ms(INT32_MAX, &load));
    CHECK_EQ(FURNACE_ERR_ARG, furnace_wdt_load_for_timeout_ms(100, 0));
}

static void reason_decoding(void)
{
    CHECK_EQ(FURNACE_RESET_POWER_ON, furnace_wdt_decode_reason(0));
    CHECK_EQ(FURNACE_RESET_WATCHDOG, furnace_wdt_decode_reason(WATCHDOG_REASON_TIMER));
    CHECK_EQ(FURNACE_RESET_FORCED, furnace_wdt_decode_reason(WATCHDOG_REASON_FORCE));
    CHECK_EQ(FURNACE_RESET_WATCHDOG, furnace_wdt_decode_reason(WATCHDOG_REASON_TIMER | WATCHDOG_REASON_FORCE));
    CHECK_EQ(FURNACE_RESET_POWER_ON, furnace_wdt_decode_reason(0xFFFFFFFCu));
}

static void enable_programs_load_psm_and_ctrl(void)
{
    power_on();
    CHECK_EQ(FURNACE_OK, furnace_wdt_enable(500));
    CHECK_EQ(1000000, fake_regs_peek(WATCHDOG_LOAD));
    CHECK_EQ(0x1FFFC, fake_regs_peek(PSM_WDSEL)); /* all but ROSC, XOSC */
    uint32_t ctrl = fake_regs_peek(WATCHDOG_CTRL);
    CHECK(ctrl & WATCHDOG_CTRL_ENABLE);
    CHECK(ctrl & WATCHDOG_CTRL_PAUSE_DBG0);
    CHECK(ctrl & WATCHDOG_CTRL_PAUSE_DBG1);
    CHECK(ctrl & WATCHDOG_CTRL_PAUSE_JTAG);
    CHECK_EQ(0, ctrl & WATCHDOG_CTRL_TRIGGER);
    CHECK_EQ(0, fake_regs_write_count(WATCHDOG_TICK)); /* tick already running */
}

static void enable_starts_a_stopped_tick(void)
{
    power_on();
    fake_regs_poke(WATCHDOG_TICK, 0);
    CHECK_EQ(FURNACE_OK, furnace_wdt_enable(100));
    CHECK_EQ(WATCHDOG_TICK_ENABLE | WATCHDOG_TICK_RUNNING | 12u, fake_regs_peek(WATCHDOG_TICK));
}

static void enable_out_of_range_touches_nothing(void)
{
    power_on();
    CHECK_EQ(FURNACE_ERR_RANGE, furnace_wdt_enable(0));
    CHECK_EQ(FURNACE_ERR_RANGE, furnace_wdt_enable(9000));
    CHECK_EQ(0, fake_regs_write_count(WATCHDOG_LOAD));
    CHECK_EQ(0, fake_regs_write_count(WATCHDOG_CTRL));
    CHECK_EQ(0, fake_regs_peek(WATCHDOG_CTRL) & WATCHDOG_CTRL_ENABLE);
}

static void feed_reloads_the_armed_value(void)
{
    power_on();
    CHECK_EQ(FURNACE_ERR_STATE, furnace_wdt_feed());
    CHECK_EQ(0, fake_regs_write_count(WATCHDOG_LOAD));
    CHECK_EQ(FURNACE_OK, furnace_wdt_enable(250));
    fake_regs_poke(WATCHDOG_LOAD, 0); /* counter has run down */
    CHECK_EQ(FURNACE_OK, furnace_wdt_feed());
    CHECK_EQ(500000, fake_regs_peek(WATCHDOG_LOAD));
    CHECK_EQ(2, fake_regs_write_count(WATCHDOG_LOAD));
}

static void counters_across_watchdog_resets_and_power_on(void)
{
    power_on();
    CHECK_EQ(FURNACE_RESET_POWER_ON, furnace_wdt_reset_reason());
    CHECK_EQ(0, furnace_wdt_reset_count());
    CHECK_EQ(FURNACE_WDT_MAGIC, fake_regs_peek(WATCHDOG_SCRATCH(0)));

    watchdog_reset(WATCHDOG_REASON_TIMER);
    CHECK_EQ(FURNACE_RESET_WATCHDOG, furnace_wdt_reset_reason());
    CHECK_EQ(1, furnace_wdt_reset_count());
    CHECK_EQ(1, fake_regs_peek(WATCHDOG_SCRATCH(1)));
    CHECK_EQ(FURNACE_RESET_WATCHDOG, fake_regs_peek(WATCHDOG_SCRATCH(2)));

    watchdog_reset(WATCHDOG_REASON_FORCE);
    CHECK_EQ(FURNACE_RESET_FORCED, furnace_wdt_reset_reason());
    CHECK_EQ(2, furnace_wdt_reset_count());

    power_on(); /* scratch cleared by the chip-level reset */
    CHECK_EQ(FURNACE_RESET_POWER_ON, furnace_wdt_reset_reason());
    CHECK_EQ(0, furnace_wdt_reset_count());

    watchdog_reset(WATCHDOG_REASON_TIMER);
    CHECK_EQ(1, furnace_wdt_reset_count());
}

static void boot_is_recorded_once_per_boot(void)
{
    power_on();
    watchdog_reset(WATCHDOG_REASON_TIMER);
    CHECK_EQ(1, furnace_wdt_reset_count());
    CHECK_EQ(1, furnace_wdt_reset_count());
    CHECK_EQ(FURNACE_OK, furnace_wdt_enable(100));
    CHECK_EQ(1, furnace_wdt_reset_count());
    CHECK_EQ(1, fake_regs_read_count(WATCHDOG_REASON));
}

static void invalid_magic_restarts_the_count(void)
{
    power_on();
    fake_regs_poke(WATCHDOG_SCRATCH(0), 0x12345678u);
    fake_regs_poke(WATCHDOG_SCRATCH(1), 77u);
    watchdog_reset(WATCHDOG_REASON_TIMER);
    CHECK_EQ(1, furnace_wdt_reset_count());
    CHECK_EQ(FURNACE_WDT_MAGIC, fake_regs_peek(WATCHDOG_SCRATCH(0)));
}

static void bootrom_scratch_4_to_7_are_never_written(void)
{
    power_on();
    (void)furnace_wdt_reset_count();
    (void)furnace_wdt_enable(100);
    (void)furnace_wdt_feed();
    watchdog_reset(WATCHDOG_REASON_TIMER);
    (void)furnace_wdt_reset_reason();
    for (unsigned n = 4; n < 8; n++)
    {
        CHECK_EQ(0, fake_regs_write_count(WATCHDOG_SCRATCH(n)));
    }
}

/* A watchdog reset followed by the boot's first read of the counters, as
 * the firmware does at start-up (BootInfo). */
static void booted_after(uint32_t reason_bits)
{
    watchdog_reset(reason_bits);
    furnace_wdt_record_boot();
}

static void resets_since_healthy_counts_watchdog_resets_in_a_row(void)
{
    power_on();
    CHECK_EQ(0, furnace_wdt_resets_since_healthy());
    booted_after(WATCHDOG_REASON_TIMER);
    CHECK_EQ(1, furnace_wdt_resets_since_healthy());
    booted_after(WATCHDOG_REASON_TIMER);
    booted_after(WATCHDOG_REASON_TIMER);
    CHECK_EQ(3, furnace_wdt_resets_since_healthy());
    CHECK_EQ(3, fake_regs_peek(WATCHDOG_SCRATCH(3)));
}

static void mark_healthy_clears_the_count_in_scratch(void)
{
    power_on();
    booted_after(WATCHDOG_REASON_TIMER);
    booted_after(WATCHDOG_REASON_TIMER);
    furnace_wdt_mark_healthy();
    CHECK_EQ(0, furnace_wdt_resets_since_healthy());
    CHECK_EQ(0, fake_regs_peek(WATCHDOG_SCRATCH(3)));
    booted_after(WATCHDOG_REASON_TIMER); /* only resets after the healthy run count */
    CHECK_EQ(1, furnace_wdt_resets_since_healthy());
    CHECK_EQ(3, furnace_wdt_reset_count()); /* the total is not cleared */
}

static void mark_healthy_before_the_first_read_still_records_the_boot(void)
{
    power_on();
    booted_after(WATCHDOG_REASON_TIMER);
    watchdog_reset(WATCHDOG_REASON_TIMER);
    furnace_wdt_mark_healthy(); /* nothing read the counters yet this boot */
    CHECK_EQ(0, furnace_wdt_resets_since_healthy());
    CHECK_EQ(2, furnace_wdt_reset_count());
}

static void power_on_clears_and_forced_reset_keeps_resets_since_healthy(void)
{
    power_on();
    booted_after(WATCHDOG_REASON_TIMER);
    booted_after(WATCHDOG_REASON_TIMER);
    booted_after(WATCHDOG_REASON_FORCE); /* a requested reboot is not a hang */
    CHECK_EQ(2, furnace_wdt_resets_since_healthy());
    power_on();
    CHECK_EQ(0, furnace_wdt_resets_since_healthy());
    CHECK_EQ(0, fake_regs_peek(WATCHDOG_SCRATCH(3)));
}

static void old_layout_magic_restarts_resets_since_healthy(void)
{
    power_on();
    fake_regs_poke(WATCHDOG_SCRATCH(0), 0x464E4331u); /* "FNC1": firmware before SCRATCH3 was used */
    fake_regs_poke(WATCHDOG_SCRATCH(3), 0xDEADBEEFu);
    booted_after(WATCHDOG_REASON_TIMER);
    CHECK_EQ(1, furnace_wdt_resets_since_healthy());
}

static void clr_watchdog_hooks_never_feed(void)
{
    power_on();
    CHECK_EQ(FURNACE_OK, furnace_wdt_enable(100));
    unsigned loads = fake_regs_write_count(WATCHDOG_LOAD);
    unsigned ctrls = fake_regs_write_count(WATCHDOG_CTRL);
    Watchdog_Init();
    for (int i = 0; i < 10; i++)
        Watchdog_Reset();
    CHECK_EQ(loads, fake_regs_write_count(WATCHDOG_LOAD));
    CHECK_EQ(ctrls, fake_regs_write_count(WATCHDOG_CTRL));
}

int main(void)
{
    TEST_RUN(load_is_doubled_for_erratum_e1);
    TEST_RUN(limits_follow_the_24_bit_load);
    TEST_RUN(reason_decoding);
    TEST_RUN(enable_programs_load_psm_and_ctrl);
    TEST_RUN(enable_starts_a_stopped_tick);
    TEST_RUN(enable_out_of_range_touches_nothing);
    TEST_RUN(feed_reloads_the_armed_value);
    TEST_RUN(counters_across_watchdog_resets_and_power_on);
    TEST_RUN(boot_is_recorded_once_per_boot);
    TEST_RUN(invalid_magic_restarts_the_count);
    TEST_RUN(bootrom_scratch_4_to_7_are_never_written);
    TEST_RUN(clr_watchdog_hooks_never_feed);
    TEST_RUN(resets_since_healthy_counts_watchdog_resets_in_a_row);
    TEST_RUN(mark_healthy_clears_the_count_in_scratch);
    TEST_RUN(mark_healthy_before_the_first_read_still_records_the_boot);
    TEST_RUN(power_on_clears_and_forced_reset_keeps_resets_since_healthy);
    TEST_RUN(old_layout_magic_restarts_resets_since_healthy);
    return test_summary();
}
