#include "fake_critical.h"

#include <stdint.h>

#include "critical_section.h"
#include "furnace_i2c.h"

static int s_depth;
static unsigned s_enters;
static fake_interrupt_fn s_pending;

int g_fake_irq_enabled_index = -1;
int g_fake_irq_disabled_index = -1;

void fake_critical_reset(void)
{
    s_depth = 0;
    s_enters = 0;
    s_pending = 0;
    g_fake_irq_enabled_index = -1;
    g_fake_irq_disabled_index = -1;
}

int fake_critical_depth(void)
{
    return s_depth;
}

unsigned fake_critical_enter_count(void)
{
    return s_enters;
}

void fake_critical_fire_on_exit(fake_interrupt_fn fn)
{
    s_pending = fn;
}

uint32_t critical_enter(void)
{
    s_enters++;
    return (uint32_t)s_depth++;
}

void critical_exit(uint32_t previous_state)
{
    s_depth = (int)previous_state;
    if (s_depth == 0 && s_pending != 0)
    {
        fake_interrupt_fn fn = s_pending;
        s_pending = 0;
        fn(); /* the interrupt that was held off now runs */
    }
}

void memory_barrier(void)
{
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
}

void furnace_i2c_irq_enable(int32_t i2c_index)
{
    g_fake_irq_enabled_index = (int)i2c_index;
}

void furnace_i2c_irq_disable(int32_t i2c_index)
{
    g_fake_irq_disabled_index = (int)i2c_index;
}
