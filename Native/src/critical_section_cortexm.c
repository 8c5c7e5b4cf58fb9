/*
 * Cortex-M0+ implementation of critical_section.h.
 * PRIMASK save/restore keeps nesting safe (ARMv6-M Architecture Reference
 * Manual B1.4.3). DMB exists on ARMv6-M and orders the ring/bank stores.
 */
#include "critical_section.h"

uint32_t critical_enter(void)
{
    uint32_t primask;
    __asm volatile("mrs %0, primask\n\tcpsid i" : "=r"(primask)::"memory");
    return primask;
}

void critical_exit(uint32_t previous_state)
{
    __asm volatile("msr primask, %0" ::"r"(previous_state) : "memory");
}

void memory_barrier(void)
{
    __asm volatile("dmb" ::: "memory");
}
