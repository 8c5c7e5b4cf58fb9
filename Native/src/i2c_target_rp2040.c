/*
 * RP2040 I2C slave adapter. Register semantics: RP2040 datasheet §4.3
 * ("I2C"), in particular §4.3.10 slave-mode operation and §4.3.17 register
 * list. Each IC_CLR_* register clears its interrupt when READ.
 */
#include "i2c_target_rp2040.h"

#include "furnace_status.h"
#include "reg_access.h"
#include "rp2040_regs_io.h"

/* Upper bound on RX bytes drained per interrupt: the RX FIFO is 16 deep
 * (§4.3.1); the bound keeps the ISR finite if RFNE were stuck. */
#define I2C_RX_DRAIN_LIMIT 16u

int i2c_target_rp2040_check_config(int32_t i2c_index, int32_t address, int32_t sda_pin, int32_t scl_pin)
{
    if (i2c_index != 0 && i2c_index != 1)
    {
        return FURNACE_ERR_ARG;
    }
    /* 7-bit addresses 0x00-0x07 and 0x78-0x7F are reserved by the I2C spec
     * (§4.3.17 IC_SAR note). */
    if (address < 0x08 || address > 0x77)
    {
        return FURNACE_ERR_ARG;
    }
    if (sda_pin < 0 || sda_pin >= RP2040_GPIO_COUNT || scl_pin < 0 || scl_pin >= RP2040_GPIO_COUNT)
    {
        return FURNACE_ERR_PIN;
    }
    /* §2.19.2: function 3 on GPIO n is I2C(n/2 % 2) SDA when n%2==0, SCL
     * when n%2==1; i.e. n%4 = 0/1 -> I2C0 SDA/SCL, 2/3 -> I2C1 SDA/SCL. */
    int32_t expected_sda = i2c_index * 2;
    if ((sda_pin % 4) != expected_sda || (scl_pin % 4) != expected_sda + 1)
    {
        return FURNACE_ERR_PIN;
    }
    return FURNACE_OK;
}

static void route_pin_to_i2c(int32_t pin)
{
    /* Input enabled, pull-up on (bus still needs external pull-ups for
     * 400 kHz), Schmitt trigger on, output-disable cleared. §2.19.6.3. */
    reg_write32(PADS_BANK0_GPIO(pin), PADS_IE | PADS_PUE | PADS_SCHMITT);
    reg_write32(IO_BANK0_GPIO_CTRL(pin), IO_GPIO_FUNCSEL_I2C);
}

int i2c_target_rp2040_start(i2c_target_rp2040_t *dev,
                            i2c_target_sm_t *sm,
                            int32_t i2c_index,
                            int32_t address,
                            int32_t sda_pin,
                            int32_t scl_pin)
{
    int status = i2c_target_rp2040_check_config(i2c_index, address, sda_pin, scl_pin);
    if (status != FURNACE_OK)
    {
        return status;
    }
    dev->base = I2C_BASE(i2c_index);
    dev->sm = sm;

    /* §2.14: clear the block's reset bit, then wait for RESET_DONE. */
    uint32_t reset_bit = (i2c_index == 0) ? RESETS_I2C0 : RESETS_I2C1;
    reg_clear_bits(RESETS_RESET, reset_bit);
    for (uint32_t spin = 0u; spin < 100000u; spin++)
    {
        if ((reg_read32(RESETS_RESET_DONE) & reset_bit) != 0u)
        {
            break;
        }
    }

    /* IC_CON/IC_SAR are writable only while disabled (§4.3.17 IC_CON). */
    reg_write32(dev->base + IC_ENABLE, 0u);
    /* Slave only; RX_FIFO_FULL_HLD_CTRL stretches SCL instead of dropping
     * bytes when the FIFO is full; STOP_DET only for our own transfers. */
    reg_write32(dev->base + IC_CON,
                IC_CON_SPEED_FAST | IC_CON_IC_RESTART_EN | IC_CON_STOP_DET_IFADDRESSED | IC_CON_RX_FIFO_FULL_HLD_CTRL);
    reg_write32(dev->base + IC_SAR, (uint32_t)address);
    reg_write32(dev->base + IC_RX_TL, 0u); /* RX_FULL on every byte */
    reg_write32(dev->base + IC_TX_TL, 0u);
    reg_write32(dev->base + IC_INTR_MASK, I2C_TARGET_IRQ_MASK);
    (void)reg_read32(dev->base + IC_CLR_INTR); /* drop stale flags */

    route_pin_to_i2c(sda_pin);
    route_pin_to_i2c(scl_pin);

    reg_write32(dev->base + IC_ENABLE, IC_ENABLE_ENABLE);
    return FURNACE_OK;
}

void i2c_target_rp2040_stop(i2c_target_rp2040_t *dev)
{
    if (dev->base == 0u)
    {
        return;
    }
    reg_write32(dev->base + IC_INTR_MASK, 0u);
    reg_write32(dev->base + IC_ENABLE, 0u);
}

static void feed(i2c_target_rp2040_t *dev, i2c_target_event_t event, uint8_t value)
{
    (void)i2c_target_sm_on_event(dev->sm, event, value);
}

/* A boundary (RESTART/STOP) flagged in the same interrupt as bytes of the
 * next message belongs BEFORE the byte carrying FIRST_DATA_BYTE. */
static void apply_boundary(i2c_target_rp2040_t *dev, uint32_t *pending)
{
    if ((*pending & IC_INTR_RESTART_DET) != 0u)
    {
        feed(dev, I2C_EVENT_RESTART, 0u);
    }
    if ((*pending & IC_INTR_STOP_DET) != 0u)
    {
        feed(dev, I2C_EVENT_STOP, 0u);
    }
    *pending = 0u;
}

static void drain_rx(i2c_target_rp2040_t *dev, uint32_t *pending_boundary)
{
    for (uint32_t n = 0u; n < I2C_RX_DRAIN_LIMIT; n++)
    {
        if ((reg_read32(dev->base + IC_STATUS) & IC_STATUS_RFNE) == 0u)
        {
            break;
        }
        uint32_t data = reg_read32(dev->base + IC_DATA_CMD);
        if ((data & IC_DATA_CMD_FIRST_DATA_BYTE) != 0u)
        {
            if (dev->sm->phase != I2C_PHASE_IDLE)
            {
                apply_boundary(dev, pending_boundary);
            }
            feed(dev, I2C_EVENT_ADDRESS_MATCH_WRITE, 0u);
        }
        feed(dev, I2C_EVENT_RX_BYTE, (uint8_t)(data & IC_DATA_CMD_DAT_MASK));
    }
}

void i2c_target_rp2040_isr(i2c_target_rp2040_t *dev)
{
    uint32_t base = dev->base;
    uint32_t status = reg_read32(base + IC_INTR_STAT);

    /* Boundaries are cleared now but applied after the bytes that precede
     * them (or before the first byte of a following message). */
    uint32_t boundary = status & (IC_INTR_RESTART_DET | IC_INTR_STOP_DET);
    if ((status & IC_INTR_RESTART_DET) != 0u)
    {
        (void)reg_read32(base + IC_CLR_RESTART_DET);
    }
    if ((status & IC_INTR_STOP_DET) != 0u)
    {
        (void)reg_read32(base + IC_CLR_STOP_DET);
    }
    if ((status & IC_INTR_START_DET) != 0u)
    {
        (void)reg_read32(base + IC_CLR_START_DET);
    }

    /* TX abort first: the TX FIFO stays flushed until IC_CLR_TX_ABRT is
     * read, and the RD_REQ below needs it writable again. */
    if ((status & IC_INTR_TX_ABRT) != 0u)
    {
        (void)reg_read32(base + IC_TX_ABRT_SOURCE); /* kept for debugging */
        (void)reg_read32(base + IC_CLR_TX_ABRT);
        feed(dev, I2C_EVENT_ABORT, 0u);
    }
    if ((status & IC_INTR_RX_OVER) != 0u)
    {
        (void)reg_read32(base + IC_CLR_RX_OVER);
        feed(dev, I2C_EVENT_ABORT, 0u);
    }

    /* RX_FULL clears itself when the FIFO drops below the threshold. */
    if ((status & IC_INTR_RX_FULL) != 0u)
    {
        drain_rx(dev, &boundary);
    }

    /* Any boundary not consumed above ended what came before the read. */
    apply_boundary(dev, &boundary);

    if ((status & IC_INTR_RD_REQ) != 0u)
    {
        /* SCL is stretched until this write: answer now, never wait. */
        uint8_t value = i2c_target_sm_on_event(dev->sm, I2C_EVENT_READ_REQUEST, 0u);
        reg_write32(base + IC_DATA_CMD, value);
        (void)reg_read32(base + IC_CLR_RD_REQ);
    }
}
