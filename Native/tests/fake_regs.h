/*
 * Fake RP2040 register file for host tests: implements reg_read32 /
 * reg_write32 over a small address->value table, models the atomic
 * SET/CLR/XOR aliases (datasheet §2.1.2) and the side effects the drivers
 * rely on (I2C RX FIFO pops, read-to-clear IC_CLR_* registers, TX bytes,
 * RESET_DONE, watchdog tick). Every access is counted for assertions.
 */
#ifndef FURNACE_FAKE_REGS_H
#define FURNACE_FAKE_REGS_H

#include <stdint.h>

/* Power-on: every register back to 0, counters and FIFOs emptied. */
void fake_regs_power_on(void);

/* Watchdog reset: only WATCHDOG SCRATCH0..7 survive; REASON set to bits. */
void fake_regs_watchdog_reset(uint32_t reason_bits);

/* Direct access without side effects or counting. */
void fake_regs_poke(uint32_t address, uint32_t value);
uint32_t fake_regs_peek(uint32_t address);

unsigned fake_regs_read_count(uint32_t address);
unsigned fake_regs_write_count(uint32_t address);

/* I2C: queue one IC_DATA_CMD read value (DAT | FIRST_DATA_BYTE flag). */
void fake_i2c_push_rx(uint32_t base, uint32_t data_cmd_value);
unsigned fake_i2c_rx_pending(uint32_t base);
/* Bytes the driver wrote to IC_DATA_CMD, in order. */
unsigned fake_i2c_tx_count(uint32_t base);
uint8_t fake_i2c_tx_byte(uint32_t base, unsigned index);

#endif
