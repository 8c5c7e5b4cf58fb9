/*
 * RP2040 RESETS, IO_BANK0 and PADS_BANK0 registers used to bring an I2C
 * block out of reset and route it to two GPIOs.
 * RESETS: datasheet §2.14.3; IO_BANK0: §2.19.6.1; PADS_BANK0: §2.19.6.3;
 * function table (which GPIO carries which I2C signal): §2.19.2.
 */
#ifndef FURNACE_RP2040_REGS_IO_H
#define FURNACE_RP2040_REGS_IO_H

#define RESETS_BASE 0x4000C000u
#define RESETS_RESET (RESETS_BASE + 0x0u)
#define RESETS_RESET_DONE (RESETS_BASE + 0x8u)
#define RESETS_I2C0 (1u << 3)
#define RESETS_I2C1 (1u << 4)

#define IO_BANK0_BASE 0x40014000u
#define IO_BANK0_GPIO_CTRL(pin) (IO_BANK0_BASE + 0x04u + 8u * (uint32_t)(pin))
#define IO_GPIO_FUNCSEL_I2C 3u

#define PADS_BANK0_BASE 0x4001C000u
#define PADS_BANK0_GPIO(pin) (PADS_BANK0_BASE + 0x04u + 4u * (uint32_t)(pin))
#define PADS_SCHMITT (1u << 1)
#define PADS_PDE (1u << 2)
#define PADS_PUE (1u << 3)
#define PADS_IE (1u << 6)
#define PADS_OD (1u << 7)

#define RP2040_GPIO_COUNT 30

#endif
