/*
 * The single I2C target instance used by the nanoFramework interop stubs
 * (interop/..._NativeI2cTarget.cpp). Thread-side calls come from the CLR
 * thread; furnace_i2c_irq_handler() from the I2C interrupt vector.
 */
#ifndef FURNACE_I2C_H
#define FURNACE_I2C_H

#include <stdint.h>

#include "i2c_target_counters.h"

#ifdef __cplusplus
extern "C" {
#endif

int furnace_i2c_start(int32_t i2c_index, int32_t address, int32_t sda_pin, int32_t scl_pin);
void furnace_i2c_stop(void);

/* Copies image[0..length) into the back bank and swaps. length <= 256.
 * FURNACE_ERR_BUSY: a host read still holds the other bank, retry. */
int furnace_i2c_publish(const uint8_t *image, uint16_t length);

/* Oldest queued host write (pointer byte first) -> buf. Returns its length,
 * 0 when none, FURNACE_ERR_ARG when buf is null or cap < 33. */
int furnace_i2c_take_write(uint8_t *buf, uint16_t cap);

/* Snapshot of up to `count` counters (i2c_counter_index_t order). */
void furnace_i2c_read_counters(uint32_t *out, uint16_t count);

void furnace_i2c_irq_handler(void);

/* Provided by the RTOS glue (interop/furnace_i2c_irq_chibios.c on target,
 * a fake in host tests): enable/disable the block's NVIC line. */
void furnace_i2c_irq_enable(int32_t i2c_index);
void furnace_i2c_irq_disable(int32_t i2c_index);

/* Host tests only: back to power-on state. */
void furnace_i2c_reset_for_test(void);

#ifdef __cplusplus
}
#endif

#endif
