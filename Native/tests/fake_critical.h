/*
 * Host stand-in for critical_section.h. Counts nesting and can run a
 * "pending interrupt" callback at the moment interrupts are unmasked again,
 * which is how tests make the ISR fire inside a thread-side operation.
 */
#ifndef FURNACE_FAKE_CRITICAL_H
#define FURNACE_FAKE_CRITICAL_H

typedef void (*fake_interrupt_fn)(void);

void fake_critical_reset(void);
int fake_critical_depth(void);
unsigned fake_critical_enter_count(void);
/* Fires `fn` once, the next time the outermost critical section exits. */
void fake_critical_fire_on_exit(fake_interrupt_fn fn);

/* Records from the fake furnace_i2c_irq_enable/disable hooks. */
extern int g_fake_irq_enabled_index;
extern int g_fake_irq_disabled_index;

#endif
