/* Register bank: publish, swap, latch, and the publish/latch race. */
#include <string.h>

#include "fake_critical.h"
#include "furnace_status.h"
#include "i2c_register_bank.h"
#include "test_assert.h"

static i2c_register_bank_t bank;

static void setup(void)
{
    fake_critical_reset();
    i2c_bank_init(&bank);
}

static uint8_t read_at(uint16_t address)
{
    uint8_t value = 0;
    (void)i2c_bank_read_latched(&bank, address, &value);
    return value;
}

static void empty_bank_reads_unknown_pattern(void)
{
    setup();
    i2c_bank_latch(&bank);
    uint8_t value = 0;
    CHECK_EQ(0, i2c_bank_read_latched(&bank, 0, &value));
    CHECK_EQ(0xEE, value);
}

static void published_image_is_served_after_latch(void)
{
    setup();
    const uint8_t image[3] = {0x10, 0x20, 0x30};
    CHECK_EQ(FURNACE_OK, i2c_bank_publish(&bank, image, 3));
    i2c_bank_latch(&bank);
    CHECK_EQ(0x10, read_at(0));
    CHECK_EQ(0x30, read_at(2));
    uint8_t value = 0;
    CHECK_EQ(0, i2c_bank_read_latched(&bank, 3, &value));
    CHECK_EQ(0xEE, value);
}

static void publish_rejects_bad_arguments(void)
{
    setup();
    uint8_t image[257] = {0};
    CHECK_EQ(FURNACE_ERR_ARG, i2c_bank_publish(&bank, image, 257));
    CHECK_EQ(FURNACE_ERR_ARG, i2c_bank_publish(&bank, 0, 1));
    CHECK_EQ(FURNACE_OK, i2c_bank_publish(&bank, 0, 0));
    CHECK_EQ(FURNACE_OK, i2c_bank_publish(&bank, image, 256));
}

static void each_publish_swaps_front(void)
{
    setup();
    uint8_t a = 0xA1, b = 0xB2;
    uint8_t first_front = bank.front;
    CHECK_EQ(FURNACE_OK, i2c_bank_publish(&bank, &a, 1));
    CHECK(bank.front != first_front);
    CHECK_EQ(FURNACE_OK, i2c_bank_publish(&bank, &b, 1));
    CHECK_EQ(first_front, bank.front);
    i2c_bank_latch(&bank);
    CHECK_EQ(0xB2, read_at(0));
}

static void publish_while_front_latched_writes_other_image(void)
{
    setup();
    uint8_t a = 0xA1, b = 0xB2;
    CHECK_EQ(FURNACE_OK, i2c_bank_publish(&bank, &a, 1));
    i2c_bank_latch(&bank); /* read in progress on A */
    CHECK_EQ(FURNACE_OK, i2c_bank_publish(&bank, &b, 1));
    CHECK_EQ(0xA1, read_at(0)); /* still A */
    i2c_bank_release(&bank);
    i2c_bank_latch(&bank);
    CHECK_EQ(0xB2, read_at(0));
}

static void second_publish_during_same_read_is_busy(void)
{
    setup();
    uint8_t a = 0xA1, b = 0xB2, c = 0xC3;
    CHECK_EQ(FURNACE_OK, i2c_bank_publish(&bank, &a, 1));
    i2c_bank_latch(&bank);
    CHECK_EQ(FURNACE_OK, i2c_bank_publish(&bank, &b, 1));
    CHECK_EQ(FURNACE_ERR_BUSY, i2c_bank_publish(&bank, &c, 1));
    CHECK_EQ(0xA1, read_at(0)); /* the latched image was not overwritten */
    i2c_bank_release(&bank);
    CHECK_EQ(FURNACE_OK, i2c_bank_publish(&bank, &c, 1));
}

static void isr_latch_inside_publish(void)
{
    i2c_bank_latch(&bank);
}

static void interrupt_during_publish_latches_old_image(void)
{
    /* The I2C interrupt is held off by the critical section and runs the
     * instant it ends, before the copy: it must latch the OLD front. */
    setup();
    uint8_t a = 0xA1, b = 0xB2;
    CHECK_EQ(FURNACE_OK, i2c_bank_publish(&bank, &a, 1));
    fake_critical_fire_on_exit(isr_latch_inside_publish);
    CHECK_EQ(FURNACE_OK, i2c_bank_publish(&bank, &b, 1));
    CHECK_EQ(0, fake_critical_depth());
    CHECK_EQ(0xA1, read_at(0));
}

int main(void)
{
    TEST_RUN(empty_bank_reads_unknown_pattern);
    TEST_RUN(published_image_is_served_after_latch);
    TEST_RUN(publish_rejects_bad_arguments);
    TEST_RUN(each_publish_swaps_front);
    TEST_RUN(publish_while_front_latched_writes_other_image);
    TEST_RUN(second_publish_during_same_read_is_busy);
    TEST_RUN(interrupt_during_publish_latches_old_image);
    return test_summary();
}
