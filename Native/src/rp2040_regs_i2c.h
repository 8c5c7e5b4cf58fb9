/*
 * RP2040 I2C (Synopsys DW_apb_i2c) registers used by the target driver.
 * Offsets and bits: RP2040 datasheet §4.3.17 "I2C: List of Registers".
 */
#ifndef FURNACE_RP2040_REGS_I2C_H
#define FURNACE_RP2040_REGS_I2C_H

#define I2C0_BASE 0x40044000u
#define I2C1_BASE 0x40048000u
#define I2C_BASE(index) ((index) == 0 ? I2C0_BASE : I2C1_BASE)

#define IC_CON 0x00u
#define IC_SAR 0x08u
#define IC_DATA_CMD 0x10u
#define IC_INTR_STAT 0x2Cu
#define IC_INTR_MASK 0x30u
#define IC_RAW_INTR_STAT 0x34u
#define IC_RX_TL 0x38u
#define IC_TX_TL 0x3Cu
#define IC_CLR_INTR 0x40u
#define IC_CLR_RX_OVER 0x48u
#define IC_CLR_RD_REQ 0x50u
#define IC_CLR_TX_ABRT 0x54u
#define IC_CLR_STOP_DET 0x60u
#define IC_CLR_START_DET 0x64u
#define IC_ENABLE 0x6Cu
#define IC_STATUS 0x70u
#define IC_RXFLR 0x78u
#define IC_TX_ABRT_SOURCE 0x80u
#define IC_CLR_RESTART_DET 0xA8u

/* IC_CON (writable only while IC_ENABLE.ENABLE == 0). */
#define IC_CON_MASTER_MODE (1u << 0)
#define IC_CON_SPEED_FAST (2u << 1)
#define IC_CON_IC_RESTART_EN (1u << 5)
#define IC_CON_IC_SLAVE_DISABLE (1u << 6)
#define IC_CON_STOP_DET_IFADDRESSED (1u << 7)
#define IC_CON_RX_FIFO_FULL_HLD_CTRL (1u << 9)

/* IC_DATA_CMD read view: DAT[7:0] plus FIRST_DATA_BYTE (first byte after
 * the address phase of a slave-receiver transfer). */
#define IC_DATA_CMD_DAT_MASK 0xFFu
#define IC_DATA_CMD_FIRST_DATA_BYTE (1u << 11)

/* Interrupt bits, same layout in INTR_STAT / INTR_MASK / RAW_INTR_STAT. */
#define IC_INTR_RX_OVER (1u << 1)
#define IC_INTR_RX_FULL (1u << 2)
#define IC_INTR_RD_REQ (1u << 5)
#define IC_INTR_TX_ABRT (1u << 6)
#define IC_INTR_STOP_DET (1u << 9)
#define IC_INTR_START_DET (1u << 10)
#define IC_INTR_RESTART_DET (1u << 12)

#define IC_ENABLE_ENABLE (1u << 0)

#define IC_STATUS_RFNE (1u << 3) /* receive FIFO not empty */

#define I2C0_IRQ 23 /* §2.3.2 "Interrupts" table */
#define I2C1_IRQ 24

#endif
