/*
 * Pure, host-testable I2C target (slave) protocol state machine.
 * No registers here: i2c_target_rp2040.c turns IC_INTR_STAT bits into the
 * events below. Runs in interrupt context; every event is O(1) except the
 * 33-byte ring copy at STOP, and READ_REQUEST always answers immediately
 * from the latched bank, so clock stretching is bounded by ISR latency.
 *
 * Register-pointer model:
 *   write:  [ptr] [d0] [d1] ...  first byte sets the pointer; data bytes are
 *           staged and queued whole (ptr + data) at STOP.
 *   read:   bytes from the pointer with auto-increment, either after a
 *           RESTART in the same transfer or as a separate transfer. Each
 *           read message starts again at the pointer (reads do not move it).
 *   reads past the published length or past 0xFF give 0xEE and count.
 *
 *   Rules for transfers that do not end cleanly:
 *   - write with data cut by RESTART / ABORT / a new address match: data
 *     dropped, ABORTED_TRANSFERS++ (the pointer byte still takes effect);
 *   - write longer than 32 data bytes: dropped at STOP, OVERFLOW_TOO_LONG++;
 *   - ring full at STOP: dropped, OVERFLOW_RING_FULL++;
 *   - ABORT (TX abort / RX overrun): BUS_ERRORS++, and the transfer in
 *     progress counts as aborted; bytes are ignored until the next boundary.
 */
#ifndef FURNACE_I2C_TARGET_SM_H
#define FURNACE_I2C_TARGET_SM_H

#include <stdint.h>

#include "i2c_register_bank.h"
#include "i2c_target_counters.h"
#include "i2c_write_ring.h"

typedef enum
{
    I2C_EVENT_ADDRESS_MATCH_WRITE = 0, /* host addressed us for writing        */
    I2C_EVENT_RX_BYTE = 1,             /* one byte written by the host         */
    I2C_EVENT_READ_REQUEST = 2,        /* host clocks a byte out: reply now    */
    I2C_EVENT_RESTART = 3,             /* repeated START while addressed       */
    I2C_EVENT_STOP = 4,                /* STOP after we were addressed         */
    I2C_EVENT_ABORT = 5                /* TX abort, RX overrun: bus-level error */
} i2c_target_event_t;

typedef enum
{
    I2C_PHASE_IDLE = 0,
    I2C_PHASE_WRITE_POINTER = 1, /* addressed for write, pointer not yet seen */
    I2C_PHASE_WRITE_DATA = 2,
    I2C_PHASE_WRITE_DISCARD = 3, /* after an abort: ignore until boundary */
    I2C_PHASE_READ = 4
} i2c_target_phase_t;

typedef struct
{
    i2c_register_bank_t *bank;
    i2c_write_ring_t *ring;
    i2c_target_counters_t *counters;

    i2c_target_phase_t phase;
    uint8_t pointer;      /* register pointer, kept across transfers */
    uint16_t read_cursor; /* next address to serve; 0x100 = past the map */
    uint8_t read_seen;    /* a read happened in this transfer */
    uint8_t read_aborted; /* ... and it was cut by an ABORT */
    uint8_t staged_length;
    uint8_t staged_too_long;
    uint8_t staged[I2C_MAX_WRITE_LENGTH];
} i2c_target_sm_t;

void i2c_target_sm_init(i2c_target_sm_t *sm,
                        i2c_register_bank_t *bank,
                        i2c_write_ring_t *ring,
                        i2c_target_counters_t *counters);

/* Feeds one event. For I2C_EVENT_RX_BYTE `rx_byte` is the byte received;
 * for I2C_EVENT_READ_REQUEST the return value is the byte to transmit.
 * Other events ignore `rx_byte` and return 0. */
uint8_t i2c_target_sm_on_event(i2c_target_sm_t *sm, i2c_target_event_t event, uint8_t rx_byte);

#endif
