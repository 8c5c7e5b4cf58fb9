/* Facade used by the interop stubs: argument checks, start/stop, IRQ hook,
 * publish-busy counter, counter snapshot. */
#include <string.h>

#include "fake_critical.h"
#include "fake_regs.h"
#include "furnace_i2c.h"
#include "furnace_status.h"
#include "rp2040_regs_i2c.h"
#include "test_assert.h"

static void setup(void)
{
    fake_regs_power_on();
    fake_critical_reset();
    furnace_i2c_reset_for_test();
}

static void take_write_checks_buffer(void)
{
    setup();
    uint8_t buf[33];
    CHECK_EQ(FURNACE_ERR_ARG, furnace_i2c_take_write(0, 33));
    CHECK_EQ(FURNACE_ERR_ARG, furnace_i2c_take_write(buf, 32));
    CHECK_EQ(0, furnace_i2c_take_write(buf, 33));
}

static void start_enables_irq_and_refuses_second_start(void)
{
    setup();
    CHECK_EQ(FURNACE_ERR_PIN, furnace_i2c_start(0, 0x42, 6, 7));
    CHECK_EQ(-1, g_fake_irq_enabled_index);
    CHECK_EQ(FURNACE_OK, furnace_i2c_start(0, 0x42, 4, 5));
    CHECK_EQ(0, g_fake_irq_enabled_index);
    CHECK_EQ(FURNACE_ERR_STATE, furnace_i2c_start(1, 0x42, 6, 7));
    furnace_i2c_stop();
    CHECK_EQ(0, g_fake_irq_disabled_index);
    CHECK_EQ(FURNACE_OK, furnace_i2c_start(1, 0x42, 6, 7));
}

static void publish_before_start_is_served_after_start(void)
{
    setup();
    const uint8_t image[2] = {0x5A, 0xA5};
    CHECK_EQ(FURNACE_OK, furnace_i2c_publish(image, 2));
    CHECK_EQ(FURNACE_OK, furnace_i2c_start(0, 0x42, 4, 5));
    fake_regs_poke(I2C0_BASE + IC_INTR_STAT, IC_INTR_RD_REQ);
    furnace_i2c_irq_handler();
    CHECK_EQ(0x5A, fake_i2c_tx_byte(I2C0_BASE, 0));
}

static void publish_busy_is_counted(void)
{
    setup();
    uint8_t image[4] = {1, 2, 3, 4};
    uint32_t counters[I2C_COUNTER_COUNT];
    CHECK_EQ(FURNACE_OK, furnace_i2c_start(0, 0x42, 4, 5));
    CHECK_EQ(FURNACE_OK, furnace_i2c_publish(image, 4));
    fake_regs_poke(I2C0_BASE + IC_INTR_STAT, IC_INTR_RD_REQ); /* read starts */
    furnace_i2c_irq_handler();
    CHECK_EQ(FURNACE_OK, furnace_i2c_publish(image, 4));
    CHECK_EQ(FURNACE_ERR_BUSY, furnace_i2c_publish(image, 4));
    furnace_i2c_read_counters(counters, I2C_COUNTER_COUNT);
    CHECK_EQ(1, counters[I2C_COUNTER_PUBLISH_BUSY]);
    CHECK_EQ(0, fake_critical_depth());
    fake_regs_poke(I2C0_BASE + IC_INTR_STAT, IC_INTR_STOP_DET); /* read ends */
    furnace_i2c_irq_handler();
    CHECK_EQ(FURNACE_OK, furnace_i2c_publish(image, 4));
    furnace_i2c_read_counters(counters, I2C_COUNTER_COUNT);
    CHECK_EQ(1, counters[I2C_COUNTER_READS_COMPLETED]);
}

static void read_counters_clamps_count(void)
{
    setup();
    uint32_t out[12];
    memset(out, 0xAB, sizeof(out));
    furnace_i2c_read_counters(out, 12);
    CHECK_EQ(0, out[7]);
    CHECK_EQ(0xABABABABu, out[8]); /* beyond I2C_COUNTER_COUNT untouched */
    furnace_i2c_read_counters(0, 4); /* no crash */
}

static void irq_before_start_touches_no_register(void)
{
    setup();
    fake_regs_poke(I2C0_BASE + IC_INTR_STAT, IC_INTR_RD_REQ);
    furnace_i2c_irq_handler();
    CHECK_EQ(0, fake_regs_read_count(I2C0_BASE + IC_INTR_STAT));
}

int main(void)
{
    TEST_RUN(take_write_checks_buffer);
    TEST_RUN(start_enables_irq_and_refuses_second_start);
    TEST_RUN(publish_before_start_is_served_after_start);
    TEST_RUN(publish_busy_is_counted);
    TEST_RUN(read_counters_clamps_count);
    TEST_RUN(irq_before_start_touches_no_register);
    return test_summary();
}
