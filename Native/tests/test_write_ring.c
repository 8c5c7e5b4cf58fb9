/* Write ring: SPSC order, full, wrap, bounds. */
#include <string.h>

#include "fake_critical.h"
#include "furnace_status.h"
#include "i2c_write_ring.h"
#include "test_assert.h"

static i2c_write_ring_t ring;

static void setup(void)
{
    fake_critical_reset();
    i2c_ring_init(&ring);
}

static void empty_ring_take_returns_zero(void)
{
    setup();
    uint8_t buf[33];
    CHECK_EQ(0, i2c_ring_take(&ring, buf, sizeof(buf)));
}

static void push_then_take_round_trips(void)
{
    setup();
    const uint8_t write[3] = {0x40, 1, 2};
    uint8_t buf[33] = {0};
    CHECK_EQ(FURNACE_OK, i2c_ring_push(&ring, write, 3));
    CHECK_EQ(3, i2c_ring_take(&ring, buf, sizeof(buf)));
    CHECK(memcmp(buf, write, 3) == 0);
    CHECK_EQ(0, i2c_ring_take(&ring, buf, sizeof(buf)));
}

static void order_is_kept_across_counter_wrap(void)
{
    setup();
    uint8_t buf[33];
    for (unsigned round = 0; round < 300; round++)
    {
        uint8_t value[2] = {(uint8_t)round, (uint8_t)(round >> 8)};
        CHECK_EQ(FURNACE_OK, i2c_ring_push(&ring, value, 2));
        if (round % 3 == 2) /* let it hold a few entries before draining */
        {
            for (unsigned k = 0; k < 3; k++)
            {
                unsigned expect = round - 2 + k;
                CHECK_EQ(2, i2c_ring_take(&ring, buf, sizeof(buf)));
                CHECK_EQ((uint8_t)expect, buf[0]);
                CHECK_EQ((uint8_t)(expect >> 8), buf[1]);
            }
        }
    }
}

static void seventeenth_push_is_refused(void)
{
    setup();
    uint8_t value = 7;
    for (unsigned i = 0; i < I2C_RING_ENTRIES; i++)
    {
        CHECK_EQ(FURNACE_OK, i2c_ring_push(&ring, &value, 1));
    }
    CHECK_EQ(FURNACE_ERR_BUSY, i2c_ring_push(&ring, &value, 1));
}

static void bounds_are_checked(void)
{
    setup();
    uint8_t big[34] = {0};
    uint8_t buf[33];
    CHECK_EQ(FURNACE_ERR_ARG, i2c_ring_push(&ring, big, 0));
    CHECK_EQ(FURNACE_ERR_ARG, i2c_ring_push(&ring, big, 34));
    CHECK_EQ(FURNACE_OK, i2c_ring_push(&ring, big, 33));
    CHECK_EQ(FURNACE_ERR_ARG, i2c_ring_take(&ring, buf, 32)); /* kept */
    CHECK_EQ(FURNACE_ERR_ARG, i2c_ring_take(&ring, 0, 33));
    CHECK_EQ(33, i2c_ring_take(&ring, buf, 33));
}

int main(void)
{
    TEST_RUN(empty_ring_take_returns_zero);
    TEST_RUN(push_then_take_round_trips);
    TEST_RUN(order_is_kept_across_counter_wrap);
    TEST_RUN(seventeenth_push_is_refused);
    TEST_RUN(bounds_are_checked);
    return test_summary();
}
