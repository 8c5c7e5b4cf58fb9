#include "furnace_i2c.h"

#include <string.h>

#include "critical_section.h"
#include "furnace_status.h"
#include "i2c_target_rp2040.h"

static i2c_register_bank_t s_bank;
static i2c_write_ring_t s_ring;
static i2c_target_counters_t s_counters;
static i2c_target_sm_t s_sm;
static i2c_target_rp2040_t s_device;
static int32_t s_started_index = -1;

int furnace_i2c_start(int32_t i2c_index, int32_t address, int32_t sda_pin, int32_t scl_pin)
{
    if (s_started_index >= 0)
    {
        return FURNACE_ERR_STATE;
    }
    int status = i2c_target_rp2040_check_config(i2c_index, address, sda_pin, scl_pin);
    if (status != FURNACE_OK)
    {
        return status;
    }
    /* Bank and counters keep their content: managed code may publish
     * before Start so the very first host read already sees real data. */
    i2c_target_sm_init(&s_sm, &s_bank, &s_ring, &s_counters);
    status = i2c_target_rp2040_start(&s_device, &s_sm, i2c_index, address, sda_pin, scl_pin);
    if (status != FURNACE_OK)
    {
        return status;
    }
    s_started_index = i2c_index;
    furnace_i2c_irq_enable(i2c_index);
    return FURNACE_OK;
}

void furnace_i2c_stop(void)
{
    if (s_started_index < 0)
    {
        return;
    }
    furnace_i2c_irq_disable(s_started_index);
    i2c_target_rp2040_stop(&s_device);
    i2c_bank_release(&s_bank);
    s_started_index = -1;
}

int furnace_i2c_publish(const uint8_t *image, uint16_t length)
{
    int status = i2c_bank_publish(&s_bank, image, length);
    if (status == FURNACE_ERR_BUSY)
    {
        s_counters.value[I2C_COUNTER_PUBLISH_BUSY]++; /* thread-owned field */
    }
    return status;
}

int furnace_i2c_take_write(uint8_t *buf, uint16_t cap)
{
    if (buf == 0 || cap < I2C_MAX_WRITE_LENGTH)
    {
        return FURNACE_ERR_ARG;
    }
    return i2c_ring_take(&s_ring, buf, cap);
}

void furnace_i2c_read_counters(uint32_t *out, uint16_t count)
{
    if (out == 0)
    {
        return;
    }
    uint16_t n = (count < I2C_COUNTER_COUNT) ? count : (uint16_t)I2C_COUNTER_COUNT;
    uint32_t state = critical_enter(); /* consistent snapshot vs the ISR */
    for (uint16_t i = 0u; i < n; i++)
    {
        out[i] = s_counters.value[i];
    }
    critical_exit(state);
}

void furnace_i2c_irq_handler(void)
{
    if (s_started_index >= 0)
    {
        i2c_target_rp2040_isr(&s_device);
    }
}

void furnace_i2c_reset_for_test(void)
{
    memset(&s_counters, 0, sizeof(s_counters));
    memset(&s_device, 0, sizeof(s_device));
    i2c_bank_init(&s_bank);
    i2c_ring_init(&s_ring);
    i2c_target_sm_init(&s_sm, &s_bank, &s_ring, &s_counters);
    s_started_index = -1;
}
