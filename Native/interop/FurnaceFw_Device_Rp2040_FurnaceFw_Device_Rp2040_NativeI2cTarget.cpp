//-----------------------------------------------------------------------------
// Stub bodies for FurnaceFw.Device.Rp2040.NativeI2cTarget (hand-written; the
// MetadataProcessor generates empty bodies with these signatures). They only
// unmarshal arguments and call Native/src/furnace_i2c.c, where all logic
// lives and is host-tested. Compiled only inside an nf-interpreter build.
//-----------------------------------------------------------------------------

#include "FurnaceFw_Device_Rp2040.h"
#include "furnace_i2c.h"

typedef Library_FurnaceFw_Device_Rp2040_FurnaceFw_Device_Rp2040_NativeI2cTarget NativeI2cTarget;

HRESULT NativeI2cTarget::NativeStart___STATIC__I4__I4__I4__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    int32_t i2cIndex = stack.Arg0().NumericByRef().s4;
    int32_t address = stack.Arg1().NumericByRef().s4;
    int32_t sdaPin = stack.Arg2().NumericByRef().s4;
    int32_t sclPin = stack.Arg3().NumericByRef().s4;
    stack.SetResult_I4(furnace_i2c_start(i2cIndex, address, sdaPin, sclPin));

    NANOCLR_NOCLEANUP_NOLABEL();
}

HRESULT NativeI2cTarget::NativeStop___STATIC__VOID(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();
    (void)stack;

    furnace_i2c_stop();

    NANOCLR_NOCLEANUP_NOLABEL();
}

HRESULT NativeI2cTarget::NativePublish___STATIC__I4__SZARRAY_U1__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    CLR_RT_HeapBlock_Array *image = stack.Arg0().DereferenceArray();
    FAULT_ON_NULL_ARG(image);

    {
        int32_t length = stack.Arg1().NumericByRef().s4;
        if (length < 0 || (CLR_UINT32)length > image->m_numOfElements)
        {
            NANOCLR_SET_AND_LEAVE(CLR_E_OUT_OF_RANGE);
        }
        stack.SetResult_I4(furnace_i2c_publish(image->GetFirstElement(), (uint16_t)length));
    }

    NANOCLR_NOCLEANUP();
}

HRESULT NativeI2cTarget::NativeTakeWrite___STATIC__I4__SZARRAY_U1(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    CLR_RT_HeapBlock_Array *buffer = stack.Arg0().DereferenceArray();
    FAULT_ON_NULL_ARG(buffer);

    {
        CLR_UINT32 cap = buffer->m_numOfElements > 0xFFFFu ? 0xFFFFu : buffer->m_numOfElements;
        stack.SetResult_I4(furnace_i2c_take_write(buffer->GetFirstElement(), (uint16_t)cap));
    }

    NANOCLR_NOCLEANUP();
}

HRESULT NativeI2cTarget::NativeReadCounters___STATIC__VOID__SZARRAY_I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    CLR_RT_HeapBlock_Array *counters = stack.Arg0().DereferenceArray();
    FAULT_ON_NULL_ARG(counters);

    {
        uint32_t snapshot[I2C_COUNTER_COUNT];
        furnace_i2c_read_counters(snapshot, I2C_COUNTER_COUNT);

        CLR_INT32 *out = (CLR_INT32 *)counters->GetFirstElement();
        CLR_UINT32 n = counters->m_numOfElements < I2C_COUNTER_COUNT ? counters->m_numOfElements : I2C_COUNTER_COUNT;
        for (CLR_UINT32 i = 0; i < n; i++)
        {
            out[i] = (CLR_INT32)snapshot[i]; // wraps after 2^31 events; managed side treats as unsigned if needed
        }
    }

    NANOCLR_NOCLEANUP();
}
