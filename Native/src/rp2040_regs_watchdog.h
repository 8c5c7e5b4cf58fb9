/*
 * RP2040 WATCHDOG and PSM registers used by watchdog.c.
 * Addresses and bit positions: RP2040 datasheet §4.7.6 (WATCHDOG list of
 * registers) and §2.13.5 (PSM list of registers).
 */
#ifndef FURNACE_RP2040_REGS_WATCHDOG_H
#define FURNACE_RP2040_REGS_WATCHDOG_H

#define WATCHDOG_BASE 0x40058000u
#define WATCHDOG_CTRL (WATCHDOG_BASE + 0x00u)
#define WATCHDOG_LOAD (WATCHDOG_BASE + 0x04u)
#define WATCHDOG_REASON (WATCHDOG_BASE + 0x08u)
#define WATCHDOG_SCRATCH(n) (WATCHDOG_BASE + 0x0Cu + 4u * (uint32_t)(n)) /* n = 0..7 */
#define WATCHDOG_TICK (WATCHDOG_BASE + 0x2Cu)

/* CTRL (§4.7.6): TIME[23:0] is the read-only current count. */
#define WATCHDOG_CTRL_TRIGGER (1u << 31)
#define WATCHDOG_CTRL_ENABLE (1u << 30)
#define WATCHDOG_CTRL_PAUSE_DBG1 (1u << 26)
#define WATCHDOG_CTRL_PAUSE_DBG0 (1u << 25)
#define WATCHDOG_CTRL_PAUSE_JTAG (1u << 24)

/* LOAD[23:0]: 24-bit reload value in watchdog ticks. */
#define WATCHDOG_LOAD_MAX 0x00FFFFFFu

/* REASON: both bits zero after a chip-level (power-on/brown-out/RUN) reset. */
#define WATCHDOG_REASON_TIMER (1u << 0)
#define WATCHDOG_REASON_FORCE (1u << 1)

/* TICK: CYCLES[8:0] clk_ref cycles per 1 us tick; also clocks TIMER. */
#define WATCHDOG_TICK_CYCLES_MASK 0x1FFu
#define WATCHDOG_TICK_ENABLE (1u << 9)
#define WATCHDOG_TICK_RUNNING (1u << 10)

/* PSM (§2.13.5): WDSEL selects what the watchdog resets. */
#define PSM_BASE 0x40010000u
#define PSM_WDSEL (PSM_BASE + 0x08u)
#define PSM_ROSC (1u << 0)
#define PSM_XOSC (1u << 1)
#define PSM_ALL_BLOCKS 0x0001FFFFu /* bits 0..16: ROSC .. PROC1 */

#endif
