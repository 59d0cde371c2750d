/* A stand-in for Windows' bcryptprimitives.dll, for running the Windows build under Wine 8 in
 * the tests only (never shipped): Rust's standard library asks that DLL for ProcessPrng, which
 * Wine 8's own copy does not have. Here ProcessPrng takes its random bytes from RtlGenRandom
 * (advapi32's SystemFunction036), which Wine has. `scripts/release wine-stub` builds it. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
