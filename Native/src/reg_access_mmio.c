/*
 * Target implementation of reg_access.h: plain volatile MMIO.
 * Not linked into the host tests (they use tests/fake_regs.c).
 */
#include "reg_access.h"

uint32_t reg_read32(uint32_t address)
{
    return *(volatile const uint32_t *)(uintptr_t)address;
}

void reg_write32(uint32_t address, uint32_t value)
{
    *(volatile uint32_t *)(uintptr_t)address = value;
}
