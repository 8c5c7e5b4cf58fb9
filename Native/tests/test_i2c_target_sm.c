/* I2C target state machine: every event path, fed directly (no registers). */
#include <string.h>

#include "fake_critical.h"
#include "furnace_status.h"
#include "i2c_target_sm.h"
#include "test_assert.h"

static i2c_register_bank_t bank;
static i2c_write_ring_t ring;
static i2c_target_counters_t counters;
static i2c_target_sm_t sm;

static void setup(void)
{
    fake_critical_reset();
    i2c_bank_init(&bank);
    i2c_ring_init(&ring);
    memset(&counters, 0, sizeof(counters));
    i2c_target_sm_init(&sm, &bank, &ring, &counters);
}

static void publish_pattern(uint8_t first, uint16_t length)
{
    uint8_t image[256];
    for (unsigned i = 0; i < length; i++)
    {
        image[i] = (uint8_t)(first + i);
    }
    CHECK_EQ(FURNACE_OK, i2c_bank_publish(&bank, image, length));
}

static uint8_t ev(i2c_target_event_t event, uint8_t byte)
{
    return i2c_target_sm_on_event(&sm, event, byte);
}

static void host_write_bytes(const uint8_t *bytes, unsigned count)
{
    ev(I2C_EVENT_ADDRESS_MATCH_WRITE, 0);
    for (unsigned i = 0; i < count; i++)
    {
        ev(I2C_EVENT_RX_BYTE, bytes[i]);
    }
}

static uint8_t read_byte(void)
{
    return ev(I2C_EVENT_READ_REQUEST, 0);
}

static uint32_t counter(i2c_counter_index_t index)
{
    return counters.value[index];
}

static int take(uint8_t *buf)
{
    return i2c_ring_take(&ring, buf, 33);
}

static void write_with_data_is_queued_at_stop(void)
{
    setup();
    const uint8_t msg[3] = {0x40, 0xAA, 0xBB};
    uint8_t buf[33];
    host_write_bytes(msg, 3);
    CHECK_EQ(0, take(buf)); /* nothing before STOP */
    ev(I2C_EVENT_STOP, 0);
    CHECK_EQ(3, take(buf));
    CHECK(memcmp(buf, msg, 3) == 0);
    CHECK_EQ(1, counter(I2C_COUNTER_WRITES_QUEUED));
}

static void pointer_only_write_sets_pointer_and_is_not_queued(void)
{
    setup();
    publish_pattern(0x00, 16);
    const uint8_t ptr = 0x05;
    uint8_t buf[33];
    host_write_bytes(&ptr, 1);
    ev(I2C_EVENT_STOP, 0);
    CHECK_EQ(0, take(buf));
    CHECK_EQ(0, counter(I2C_COUNTER_WRITES_QUEUED));
    CHECK_EQ(0, counter(I2C_COUNTER_ABORTED_TRANSFERS));
    CHECK_EQ(0x05, read_byte());
}

static void combined_write_restart_read_auto_increments(void)
{
    setup();
    publish_pattern(0x80, 32);
    const uint8_t ptr = 0x10;
    host_write_bytes(&ptr, 1);
    ev(I2C_EVENT_RESTART, 0);
    CHECK_EQ(0x90, read_byte());
    CHECK_EQ(0x91, read_byte());
    CHECK_EQ(0x92, read_byte());
    ev(I2C_EVENT_STOP, 0);
    CHECK_EQ(1, counter(I2C_COUNTER_READS_COMPLETED));
    CHECK_EQ(0, counter(I2C_COUNTER_ABORTED_TRANSFERS));
}

static void separate_read_after_stop_uses_last_pointer(void)
{
    setup();
    publish_pattern(0x00, 64);
    const uint8_t ptr = 0x20;
    host_write_bytes(&ptr, 1);
    ev(I2C_EVENT_STOP, 0);
    CHECK_EQ(0x20, read_byte());
    CHECK_EQ(0x21, read_byte());
    ev(I2C_EVENT_STOP, 0);
    /* reads do not move the pointer: the next plain read starts at 0x20 */
    CHECK_EQ(0x20, read_byte());
    ev(I2C_EVENT_STOP, 0);
    CHECK_EQ(2, counter(I2C_COUNTER_READS_COMPLETED));
}

static void read_with_no_prior_write_starts_at_zero(void)
{
    setup();
    publish_pattern(0x30, 4);
    CHECK_EQ(0x30, read_byte());
    CHECK_EQ(0x31, read_byte());
    ev(I2C_EVENT_STOP, 0);
}

static void read_past_published_length_gives_ee_and_counts(void)
{
    setup();
    publish_pattern(0x00, 4);
    const uint8_t ptr = 0x02;
    host_write_bytes(&ptr, 1);
    ev(I2C_EVENT_RESTART, 0);
    CHECK_EQ(0x02, read_byte());
    CHECK_EQ(0x03, read_byte());
    CHECK_EQ(0xEE, read_byte());
    CHECK_EQ(0xEE, read_byte());
    ev(I2C_EVENT_STOP, 0);
    CHECK_EQ(2, counter(I2C_COUNTER_UNKNOWN_READS));
}

static void read_past_register_ff_does_not_wrap(void)
{
    setup();
    publish_pattern(0x00, 256);
    const uint8_t ptr = 0xFE;
    host_write_bytes(&ptr, 1);
    ev(I2C_EVENT_RESTART, 0);
    CHECK_EQ(0xFE, read_byte());
    CHECK_EQ(0xFF, read_byte());
    CHECK_EQ(0xEE, read_byte()); /* not register 0x00 */
    CHECK_EQ(0xEE, read_byte());
    ev(I2C_EVENT_STOP, 0);
    CHECK_EQ(2, counter(I2C_COUNTER_UNKNOWN_READS));
}

static void write_of_32_data_bytes_is_accepted(void)
{
    setup();
    uint8_t msg[33];
    uint8_t buf[33];
    for (unsigned i = 0; i < 33; i++)
        msg[i] = (uint8_t)i;
    host_write_bytes(msg, 33);
    ev(I2C_EVENT_STOP, 0);
    CHECK_EQ(33, take(buf));
    CHECK_EQ(32, buf[32]);
    CHECK_EQ(0, counter(I2C_COUNTER_OVERFLOW_TOO_LONG));
}

static void write_longer_than_max_is_dropped_and_counted(void)
{
    setup();
    uint8_t msg[40] = {0};
    uint8_t buf[33];
    host_write_bytes(msg, 34);
    ev(I2C_EVENT_STOP, 0);
    CHECK_EQ(0, take(buf));
    CHECK_EQ(1, counter(I2C_COUNTER_OVERFLOW_TOO_LONG));
    CHECK_EQ(0, counter(I2C_COUNTER_WRITES_QUEUED));
    /* the bus is not wedged: the next write goes through */
    host_write_bytes(msg, 2);
    ev(I2C_EVENT_STOP, 0);
    CHECK_EQ(2, take(buf));
}

static void ring_full_is_counted_as_overflow(void)
{
    setup();
    uint8_t msg[2] = {0x01, 0x00};
    for (unsigned i = 0; i < 18; i++)
    {
        msg[1] = (uint8_t)i;
        host_write_bytes(msg, 2);
        ev(I2C_EVENT_STOP, 0);
    }
    CHECK_EQ(16, counter(I2C_COUNTER_WRITES_QUEUED));
    CHECK_EQ(2, counter(I2C_COUNTER_OVERFLOW_RING_FULL));
}

static void ring_drains_oldest_first(void)
{
    setup();
    uint8_t buf[33];
    for (uint8_t i = 0; i < 5; i++)
    {
        uint8_t msg[3] = {0x50, i, (uint8_t)(i * 2)};
        host_write_bytes(msg, 3);
        ev(I2C_EVENT_STOP, 0);
    }
    for (uint8_t i = 0; i < 5; i++)
    {
        CHECK_EQ(3, take(buf));
        CHECK_EQ(i, buf[1]);
        CHECK_EQ(i * 2, buf[2]);
    }
    CHECK_EQ(0, take(buf));
}

static void abort_mid_write_drops_data_until_next_boundary(void)
{
    setup();
    uint8_t buf[33];
    const uint8_t msg[3] = {0x40, 1, 2};
    host_write_bytes(msg, 3);
    ev(I2C_EVENT_ABORT, 0);
    ev(I2C_EVENT_RX_BYTE, 3); /* ignored */
    ev(I2C_EVENT_STOP, 0);
    CHECK_EQ(0, take(buf));
    CHECK_EQ(1, counter(I2C_COUNTER_BUS_ERRORS));
    CHECK_EQ(1, counter(I2C_COUNTER_ABORTED_TRANSFERS));
    host_write_bytes(msg, 3);
    ev(I2C_EVENT_STOP, 0);
    CHECK_EQ(3, take(buf));
}

static void abort_mid_read_keeps_latched_image(void)
{
    setup();
    publish_pattern(0x10, 8);
    CHECK_EQ(0x10, read_byte());
    ev(I2C_EVENT_ABORT, 0);
    publish_pattern(0x70, 8);
    CHECK_EQ(0x11, read_byte()); /* same image, same cursor */
    ev(I2C_EVENT_STOP, 0);
    CHECK_EQ(1, counter(I2C_COUNTER_BUS_ERRORS));
    CHECK_EQ(1, counter(I2C_COUNTER_ABORTED_TRANSFERS));
    CHECK_EQ(0, counter(I2C_COUNTER_READS_COMPLETED));
    CHECK_EQ(0x70, read_byte()); /* next transfer: new image */
    ev(I2C_EVENT_STOP, 0);
    CHECK_EQ(1, counter(I2C_COUNTER_READS_COMPLETED));
}

static void restart_mid_write_drops_data_but_keeps_pointer(void)
{
    setup();
    publish_pattern(0x00, 16);
    uint8_t buf[33];
    const uint8_t msg[3] = {0x07, 0xAA, 0xBB};
    host_write_bytes(msg, 3);
    ev(I2C_EVENT_RESTART, 0);
    CHECK_EQ(0x07, read_byte());
    ev(I2C_EVENT_STOP, 0);
    CHECK_EQ(0, take(buf));
    CHECK_EQ(1, counter(I2C_COUNTER_ABORTED_TRANSFERS));
}

static void new_address_match_mid_write_counts_aborted(void)
{
    setup();
    uint8_t buf[33];
    const uint8_t first[2] = {0x01, 0x11};
    const uint8_t second[2] = {0x02, 0x22};
    host_write_bytes(first, 2);
    host_write_bytes(second, 2); /* boundary lost */
    ev(I2C_EVENT_STOP, 0);
    CHECK_EQ(1, counter(I2C_COUNTER_ABORTED_TRANSFERS));
    CHECK_EQ(2, take(buf));
    CHECK_EQ(0x02, buf[0]);
}

static void rx_without_address_match_starts_a_write(void)
{
    setup();
    uint8_t buf[33];
    ev(I2C_EVENT_RX_BYTE, 0x09);
    ev(I2C_EVENT_RX_BYTE, 0x99);
    ev(I2C_EVENT_STOP, 0);
    CHECK_EQ(2, take(buf));
    CHECK_EQ(0x09, buf[0]);
}

static void address_only_write_changes_nothing(void)
{
    setup();
    uint8_t buf[33];
    ev(I2C_EVENT_ADDRESS_MATCH_WRITE, 0);
    ev(I2C_EVENT_STOP, 0);
    CHECK_EQ(0, take(buf));
    for (unsigned i = 0; i < I2C_COUNTER_COUNT; i++)
    {
        CHECK_EQ(0, counters.value[i]);
    }
}

static void publish_during_read_is_not_torn(void)
{
    setup();
    publish_pattern(0x00, 16); /* image A: 00 01 02 ... */
    const uint8_t ptr = 0x00;
    host_write_bytes(&ptr, 1);
    ev(I2C_EVENT_RESTART, 0);
    CHECK_EQ(0x00, read_byte());
    CHECK_EQ(0x01, read_byte());
    publish_pattern(0xA0, 16); /* image B arrives mid-read */
    CHECK_EQ(0x02, read_byte());
    CHECK_EQ(0x03, read_byte());
    ev(I2C_EVENT_STOP, 0);
    CHECK_EQ(0xA0, read_byte()); /* next transaction sees B */
    CHECK_EQ(0xA1, read_byte());
    ev(I2C_EVENT_STOP, 0);
}

static void restart_between_reads_keeps_same_image(void)
{
    setup();
    publish_pattern(0x00, 16);
    CHECK_EQ(0x00, read_byte());
    ev(I2C_EVENT_RESTART, 0);
    publish_pattern(0xC0, 16);
    CHECK_EQ(0x00, read_byte()); /* same transfer: old image, from pointer */
    ev(I2C_EVENT_STOP, 0);
    CHECK_EQ(0xC0, read_byte());
    ev(I2C_EVENT_STOP, 0);
}

int main(void)
{
    TEST_RUN(write_with_data_is_queued_at_stop);
    TEST_RUN(pointer_only_write_sets_pointer_and_is_not_queued);
    TEST_RUN(combined_write_restart_read_auto_increments);
    TEST_RUN(separate_read_after_stop_uses_last_pointer);
    TEST_RUN(read_with_no_prior_write_starts_at_zero);
    TEST_RUN(read_past_published_length_gives_ee_and_counts);
    TEST_RUN(read_past_register_ff_does_not_wrap);
    TEST_RUN(write_of_32_data_bytes_is_accepted);
    TEST_RUN(write_longer_than_max_is_dropped_and_counted);
    TEST_RUN(ring_full_is_counted_as_overflow);
    TEST_RUN(ring_drains_oldest_first);
    TEST_RUN(abort_mid_write_drops_data_until_next_boundary);
    TEST_RUN(abort_mid_read_keeps_latched_image);
    TEST_RUN(restart_mid_write_drops_data_but_keeps_pointer);
    TEST_RUN(new_address_match_mid_write_counts_aborted);
    TEST_RUN(rx_without_address_match_starts_a_write);
    TEST_RUN(address_only_write_changes_nothing);
    TEST_RUN(publish_during_read_is_not_torn);
    TEST_RUN(restart_between_reads_keeps_same_image);
    return test_summary();
}
