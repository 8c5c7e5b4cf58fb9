/*
 * Double-buffered 256-byte register bank served to the I2C host.
 *
 * Thread side publishes into the back image and flips `front` with a single
 * byte store. The ISR latches `front` when a read transfer starts and reads
 * only that image until STOP, so a host read is never torn by a publish.
 *
 * Ownership (single writer per field):
 *   image[back], length[back], front  - written by the publishing thread
 *   latched, latch_active             - written by the ISR
 * The one cross-check (is the back image latched by a read still running?)
 * runs inside critical_enter/exit so the ISR cannot interleave with it.
 */
#ifndef FURNACE_I2C_REGISTER_BANK_H
#define FURNACE_I2C_REGISTER_BANK_H

#include <stdint.h>

#define I2C_BANK_SIZE 256u
#define I2C_BANK_UNKNOWN_BYTE 0xEEu /* served for unpublished addresses */

typedef struct
{
    uint8_t image[2][I2C_BANK_SIZE];
    uint16_t length[2];
    volatile uint8_t front;
    volatile uint8_t latched;
    volatile uint8_t latch_active;
} i2c_register_bank_t;

void i2c_bank_init(i2c_register_bank_t *bank);

/* Thread: copy `length` bytes into the back image and make it the front.
 * FURNACE_ERR_BUSY if a read that began before the previous publish still
 * holds the back image (retry on the next cycle). */
int i2c_bank_publish(i2c_register_bank_t *bank, const uint8_t *image, uint16_t length);

/* ISR: latch the current front image for the read transfer starting now. */
void i2c_bank_latch(i2c_register_bank_t *bank);
void i2c_bank_release(i2c_register_bank_t *bank);

/* ISR: byte at `address` of the latched image. Returns 1 when the address
 * is published, else 0 and *out = I2C_BANK_UNKNOWN_BYTE. */
int i2c_bank_read_latched(const i2c_register_bank_t *bank, uint16_t address, uint8_t *out);

#endif
