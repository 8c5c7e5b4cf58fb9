#include "i2c_register_bank.h"

#include <string.h>

#include "critical_section.h"
#include "furnace_status.h"

void i2c_bank_init(i2c_register_bank_t *bank)
{
    memset(bank, 0, sizeof(*bank));
}

int i2c_bank_publish(i2c_register_bank_t *bank, const uint8_t *image, uint16_t length)
{
    if (length > I2C_BANK_SIZE || (image == 0 && length != 0u))
    {
        return FURNACE_ERR_ARG;
    }

    uint8_t back = (uint8_t)(bank->front ^ 1u);

    /* The ISR only ever latches `front`, and only this function changes
     * `front`; so once this check passes, no read can latch `back` before
     * the flip below. Masked so latch_active/latched are read as a pair. */
    uint32_t state = critical_enter();
    int back_in_use = (bank->latch_active != 0u) && (bank->latched == back);
    critical_exit(state);
    if (back_in_use)
    {
        return FURNACE_ERR_BUSY;
    }

    if (length != 0u)
    {
        memcpy(bank->image[back], image, length);
    }
    bank->length[back] = length;

    memory_barrier(); /* image bytes visible before the flip */
    bank->front = back;
    return FURNACE_OK;
}

void i2c_bank_latch(i2c_register_bank_t *bank)
{
    bank->latched = bank->front;
    bank->latch_active = 1u;
}

void i2c_bank_release(i2c_register_bank_t *bank)
{
    bank->latch_active = 0u;
}

int i2c_bank_read_latched(const i2c_register_bank_t *bank, uint16_t address, uint8_t *out)
{
    uint8_t index = bank->latched;
    if (address < bank->length[index])
    {
        *out = bank->image[index][address];
        return 1;
    }
    *out = I2C_BANK_UNKNOWN_BYTE;
    return 0;
}
