/*
 * Thin adapter between the RP2040 DW_apb_i2c block (slave mode) and the
 * pure state machine in i2c_target_sm.c. All register access goes through
 * reg_access.h, so the host tests drive it with a fake register file.
 */
#ifndef FURNACE_I2C_TARGET_RP2040_H
#define FURNACE_I2C_TARGET_RP2040_H

#include <stdint.h>

#include "i2c_target_sm.h"
#include "rp2040_regs_i2c.h"

typedef struct
{
    uint32_t base; /* I2C0_BASE or I2C1_BASE */
    i2c_target_sm_t *sm;
} i2c_target_rp2040_t;

/* Interrupts the adapter unmasks (IC_INTR_MASK). START_DET stays masked: it
 * fires for every START on the bus, addressed to us or not, and carries no
 * information the events need; the ISR still clears it if it is set. */
#define I2C_TARGET_IRQ_MASK (IC_INTR_RX_FULL | IC_INTR_RX_OVER | IC_INTR_RD_REQ | IC_INTR_TX_ABRT | IC_INTR_STOP_DET | IC_INTR_RESTART_DET)

/* FURNACE_OK, or ERR_ARG (index/address), ERR_PIN (pin cannot carry that
 * signal of that block: datasheet §2.19.2 function table). */
int i2c_target_rp2040_check_config(int32_t i2c_index, int32_t address, int32_t sda_pin, int32_t scl_pin);

/* Releases the block from reset, routes the pins (pull-ups on), configures
 * slave mode at `address` and unmasks the interrupts. NVIC is left to the
 * caller (RTOS glue). */
int i2c_target_rp2040_start(i2c_target_rp2040_t *dev,
                            i2c_target_sm_t *sm,
                            int32_t i2c_index,
                            int32_t address,
                            int32_t sda_pin,
                            int32_t scl_pin);

void i2c_target_rp2040_stop(i2c_target_rp2040_t *dev);

/* Interrupt service routine body for the block's IRQ. */
void i2c_target_rp2040_isr(i2c_target_rp2040_t *dev);

#endif
