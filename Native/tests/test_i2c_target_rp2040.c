/* ISR adapter against the fake register file: IC_INTR_STAT bits -> events,
 * IC_CLR_* registers read, IC_DATA_CMD written; plus start/stop setup. */
#include <string.h>

#include "fake_critical.h"
#include "fake_regs.h"
#include "furnace_status.h"
#include "i2c_target_rp2040.h"
#include "rp2040_regs_io.h"
#include "test_assert.h"

#define B I2C1_BASE

static i2c_register_bank_t bank;
static i2c_write_ring_t ring;
static i2c_target_counters_t counters;
static i2c_target_sm_t sm;
static i2c_target_rp2040_t dev;

static void setup(void)
{
    fake_regs_power_on();
    fake_critical_reset();
    i2c_bank_init(&bank);
    i2c_ring_init(&ring);
    memset(&counters, 0, sizeof(counters));
    memset(&dev, 0, sizeof(dev));
    i2c_target_sm_init(&sm, &bank, &ring, &counters);
    CHECK_EQ(FURNACE_OK, i2c_target_rp2040_start(&dev, &sm, 1, 0x42, 6, 7));
}

static void raise(uint32_t bits)
{
    fake_regs_poke(B + IC_INTR_STAT, fake_regs_peek(B + IC_INTR_STAT) | bits);
}

static void rx(uint8_t value, int first)
{
    fake_i2c_push_rx(B, value | (first ? IC_DATA_CMD_FIRST_DATA_BYTE : 0u));
    raise(IC_INTR_RX_FULL);
}

static void isr(void)
{
    i2c_target_rp2040_isr(&dev);
}

static void publish_pattern(uint8_t first)
{
    uint8_t image[16];
    for (unsigned i = 0; i < sizeof(image); i++)
        image[i] = (uint8_t)(first + i);
    CHECK_EQ(FURNACE_OK, i2c_bank_publish(&bank, image, sizeof(image)));
}

static void config_checks_follow_the_gpio_function_table(void)
{
    CHECK_EQ(FURNACE_OK, i2c_target_rp2040_check_config(0, 0x42, 4, 5));
    CHECK_EQ(FURNACE_OK, i2c_target_rp2040_check_config(0, 0x42, 0, 1));
    CHECK_EQ(FURNACE_OK, i2c_target_rp2040_check_config(1, 0x42, 6, 7));
    CHECK_EQ(FURNACE_OK, i2c_target_rp2040_check_config(1, 0x42, 26, 27));
    CHECK_EQ(FURNACE_ERR_PIN, i2c_target_rp2040_check_config(0, 0x42, 6, 7));
    CHECK_EQ(FURNACE_ERR_PIN, i2c_target_rp2040_check_config(0, 0x42, 5, 4));
    CHECK_EQ(FURNACE_ERR_PIN, i2c_target_rp2040_check_config(1, 0x42, 30, 31));
    CHECK_EQ(FURNACE_ERR_PIN, i2c_target_rp2040_check_config(1, 0x42, -2, 7));
    CHECK_EQ(FURNACE_ERR_ARG, i2c_target_rp2040_check_config(2, 0x42, 6, 7));
    CHECK_EQ(FURNACE_ERR_ARG, i2c_target_rp2040_check_config(1, 0x07, 6, 7));
    CHECK_EQ(FURNACE_ERR_ARG, i2c_target_rp2040_check_config(1, 0x78, 6, 7));
    CHECK_EQ(FURNACE_OK, i2c_target_rp2040_check_config(1, 0x08, 6, 7));
    CHECK_EQ(FURNACE_OK, i2c_target_rp2040_check_config(1, 0x77, 6, 7));
}

static void start_configures_slave_mode_and_pins(void)
{
    setup();
    CHECK_EQ(0, fake_regs_peek(RESETS_RESET) & RESETS_I2C1);
    CHECK_EQ(IC_CON_SPEED_FAST | IC_CON_IC_RESTART_EN | IC_CON_STOP_DET_IFADDRESSED | IC_CON_RX_FIFO_FULL_HLD_CTRL,
             fake_regs_peek(B + IC_CON));
    CHECK_EQ(0, fake_regs_peek(B + IC_CON) & (IC_CON_MASTER_MODE | IC_CON_IC_SLAVE_DISABLE));
    CHECK_EQ(0x42, fake_regs_peek(B + IC_SAR));
    CHECK_EQ(0, fake_regs_peek(B + IC_RX_TL));
    CHECK_EQ(I2C_TARGET_IRQ_MASK, fake_regs_peek(B + IC_INTR_MASK));
    CHECK_EQ(0, fake_regs_peek(B + IC_INTR_MASK) & IC_INTR_START_DET);
    CHECK_EQ(2, fake_regs_write_count(B + IC_ENABLE)); /* 0 then 1 */
    CHECK_EQ(IC_ENABLE_ENABLE, fake_regs_peek(B + IC_ENABLE));
    CHECK_EQ(IO_GPIO_FUNCSEL_I2C, fake_regs_peek(IO_BANK0_GPIO_CTRL(6)));
    CHECK_EQ(IO_GPIO_FUNCSEL_I2C, fake_regs_peek(IO_BANK0_GPIO_CTRL(7)));
    CHECK(fake_regs_peek(PADS_BANK0_GPIO(6)) & PADS_PUE);
    CHECK_EQ(0, fake_regs_peek(PADS_BANK0_GPIO(7)) & PADS_OD);
}

static void rx_bytes_and_stop_queue_a_write(void)
{
    setup();
    uint8_t buf[33];
    rx(0x40, 1);
    rx(0x12, 0);
    isr();
    CHECK_EQ(0, fake_i2c_rx_pending(B));
    raise(IC_INTR_STOP_DET);
    isr();
    CHECK_EQ(1, fake_regs_read_count(B + IC_CLR_STOP_DET));
    CHECK_EQ(0, fake_regs_peek(B + IC_INTR_STAT));
    CHECK_EQ(2, i2c_ring_take(&ring, buf, 33));
    CHECK_EQ(0x40, buf[0]);
    CHECK_EQ(0x12, buf[1]);
}

static void read_request_writes_data_cmd_and_clears(void)
{
    setup();
    publish_pattern(0x60);
    raise(IC_INTR_RD_REQ);
    isr();
    CHECK_EQ(1, fake_i2c_tx_count(B));
    CHECK_EQ(0x60, fake_i2c_tx_byte(B, 0));
    CHECK_EQ(1, fake_regs_read_count(B + IC_CLR_RD_REQ));
    raise(IC_INTR_RD_REQ);
    isr();
    CHECK_EQ(0x61, fake_i2c_tx_byte(B, 1));
}

static void pointer_restart_and_read_in_one_interrupt(void)
{
    setup();
    publish_pattern(0x00);
    rx(0x05, 1);
    raise(IC_INTR_RESTART_DET | IC_INTR_RD_REQ);
    isr();
    CHECK_EQ(1, fake_regs_read_count(B + IC_CLR_RESTART_DET));
    CHECK_EQ(0x05, fake_i2c_tx_byte(B, 0));
    CHECK_EQ(0, counters.value[I2C_COUNTER_ABORTED_TRANSFERS]);
}

static void stop_then_next_write_in_one_interrupt(void)
{
    /* STOP of write #1 and the first byte of write #2 seen together: the
     * STOP must be applied before the FIRST_DATA_BYTE byte. */
    setup();
    uint8_t buf[33];
    rx(0x01, 1);
    rx(0xA1, 0);
    isr();
    raise(IC_INTR_STOP_DET);
    rx(0x02, 1);
    rx(0xB2, 0);
    isr();
    CHECK_EQ(0, counters.value[I2C_COUNTER_ABORTED_TRANSFERS]);
    CHECK_EQ(2, i2c_ring_take(&ring, buf, 33));
    CHECK_EQ(0xA1, buf[1]);
    raise(IC_INTR_STOP_DET);
    isr();
    CHECK_EQ(2, i2c_ring_take(&ring, buf, 33));
    CHECK_EQ(0xB2, buf[1]);
}

static void tx_abort_is_cleared_and_counted(void)
{
    setup();
    publish_pattern(0x00);
    raise(IC_INTR_RD_REQ);
    isr();
    raise(IC_INTR_TX_ABRT);
    isr();
    CHECK_EQ(1, fake_regs_read_count(B + IC_CLR_TX_ABRT));
    CHECK_EQ(1, fake_regs_read_count(B + IC_TX_ABRT_SOURCE));
    CHECK_EQ(1, counters.value[I2C_COUNTER_BUS_ERRORS]);
    CHECK_EQ(1, counters.value[I2C_COUNTER_ABORTED_TRANSFERS]);
}

static void rx_overrun_is_cleared_and_counted(void)
{
    setup();
    raise(IC_INTR_RX_OVER);
    isr();
    CHECK_EQ(1, fake_regs_read_count(B + IC_CLR_RX_OVER));
    CHECK_EQ(1, counters.value[I2C_COUNTER_BUS_ERRORS]);
}

static void start_det_is_cleared_without_events(void)
{
    setup();
    raise(IC_INTR_START_DET);
    isr();
    CHECK_EQ(1, fake_regs_read_count(B + IC_CLR_START_DET));
    CHECK_EQ(I2C_PHASE_IDLE, sm.phase);
    CHECK_EQ(0, fake_i2c_tx_count(B));
}

static void stop_masks_and_disables(void)
{
    setup();
    i2c_target_rp2040_stop(&dev);
    CHECK_EQ(0, fake_regs_peek(B + IC_INTR_MASK));
    CHECK_EQ(0, fake_regs_peek(B + IC_ENABLE));
}

int main(void)
{
    TEST_RUN(config_checks_follow_the_gpio_function_table);
    TEST_RUN(start_configures_slave_mode_and_pins);
    TEST_RUN(rx_bytes_and_stop_queue_a_write);
    TEST_RUN(read_request_writes_data_cmd_and_clears);
    TEST_RUN(pointer_restart_and_read_in_one_interrupt);
    TEST_RUN(stop_then_next_write_in_one_interrupt);
    TEST_RUN(tx_abort_is_cleared_and_counted);
    TEST_RUN(rx_overrun_is_cleared_and_counted);
    TEST_RUN(start_det_is_cleared_without_events);
    TEST_RUN(stop_masks_and_disables);
    return test_summary();
}
