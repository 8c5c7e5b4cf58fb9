/*
 * Fixed ring of complete host writes (register pointer + data bytes),
 * filled by the ISR at STOP and drained by managed code.
 *
 * Single-producer/single-consumer: only the ISR advances `head`, only the
 * thread advances `tail`. Both are free-running 8-bit counters; 256 is a
 * multiple of the entry count, so (head - tail) is the fill level even
 * across wrap. No lock needed - a barrier orders the entry bytes before the
 * index store that publishes them.
 */
#ifndef FURNACE_I2C_WRITE_RING_H
#define FURNACE_I2C_WRITE_RING_H

#include <stdint.h>

#define I2C_RING_ENTRIES 16u
#define I2C_MAX_WRITE_DATA 32u
#define I2C_MAX_WRITE_LENGTH (1u + I2C_MAX_WRITE_DATA) /* pointer + data */

typedef struct
{
    uint8_t length;
    uint8_t bytes[I2C_MAX_WRITE_LENGTH];
} i2c_write_entry_t;

typedef struct
{
    i2c_write_entry_t entries[I2C_RING_ENTRIES];
    volatile uint8_t head; /* ISR only */
    volatile uint8_t tail; /* thread only */
} i2c_write_ring_t;

void i2c_ring_init(i2c_write_ring_t *ring);

/* ISR: FURNACE_ERR_BUSY when full, FURNACE_ERR_ARG when length is 0 or
 * above I2C_MAX_WRITE_LENGTH. */
int i2c_ring_push(i2c_write_ring_t *ring, const uint8_t *bytes, uint8_t length);

/* Thread: oldest write copied into buf. Returns its length, 0 when empty,
 * FURNACE_ERR_ARG (entry kept) when cap is smaller than the entry. */
int i2c_ring_take(i2c_write_ring_t *ring, uint8_t *buf, uint16_t cap);

#endif
