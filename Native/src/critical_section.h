/*
 * Short interrupt-disable critical section and memory barrier, behind an
 * indirection so host tests can stub them (tests/fake_critical.c).
 *
 * Why not LDREX/STREX: Cortex-M0+ (ARMv6-M) has no exclusive-access
 * instructions. The data shared with the I2C ISR is therefore protected
 * either by single-writer indices (write ring) or by masking interrupts for
 * a few instructions (bank swap check). This is only sufficient while the
 * I2C IRQ and the CLR thread run on the same core - see
 * docs/native-interop.md "Concurrency".
 */
#ifndef FURNACE_CRITICAL_SECTION_H
#define FURNACE_CRITICAL_SECTION_H

#include <stdint.h>

/* Masks interrupts; returns the previous mask state for critical_exit. */
uint32_t critical_enter(void);
void critical_exit(uint32_t previous_state);

/* Orders memory accesses between thread and ISR (DMB on Cortex-M). */
void memory_barrier(void);

#endif
