/*
 * Thin register-access indirection.
 *
 * Every peripheral access in Native/ goes through reg_read32/reg_write32 so
 * that host tests link a fake register file (tests/fake_regs.c) instead of
 * reg_access_mmio.c - the Zephyr bus-emulator idea, without the machinery.
 *
 * RP2040 datasheet §2.1.2 "Atomic Register Access": every APB peripheral
 * register also appears at +0x1000 (XOR), +0x2000 (SET bits) and +0x3000
 * (CLEAR bits). reg_set_bits/reg_clear_bits use those aliases so a
 * read-modify-write cannot race an ISR touching other bits of the register.
 */
#ifndef FURNACE_REG_ACCESS_H
#define FURNACE_REG_ACCESS_H

#include <stdint.h>

#define REG_ALIAS_XOR_OFFSET 0x1000u
#define REG_ALIAS_SET_OFFSET 0x2000u
#define REG_ALIAS_CLR_OFFSET 0x3000u

uint32_t reg_read32(uint32_t address);
void reg_write32(uint32_t address, uint32_t value);

static inline void reg_set_bits(uint32_t address, uint32_t mask)
{
    reg_write32(address + REG_ALIAS_SET_OFFSET, mask);
}

static inline void reg_clear_bits(uint32_t address, uint32_t mask)
{
    reg_write32(address + REG_ALIAS_CLR_OFFSET, mask);
}

#endif
