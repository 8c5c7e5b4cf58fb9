/*
 * Tiny assertion helpers for the plain-C host tests (no framework needed on
 * the CI machine). Each test binary calls TEST_RUN for every test function
 * and returns test_summary(), which prints "N passed, N failed" and gives a
 * non-zero exit code when any check failed, so CTest marks it failed.
 */
#ifndef FURNACE_TEST_ASSERT_H
#define FURNACE_TEST_ASSERT_H

#include <stdio.h>

static int g_checks_failed_in_test;
static int g_tests_passed;
static int g_tests_failed;

#define CHECK(cond)                                                                                    \
    do                                                                                                 \
    {                                                                                                  \
        if (!(cond))                                                                                   \
        {                                                                                              \
            g_checks_failed_in_test++;                                                                 \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);                   \
        }                                                                                              \
    } while (0)

#define CHECK_EQ(expected, actual)                                                                     \
    do                                                                                                 \
    {                                                                                                  \
        long long e_ = (long long)(expected);                                                          \
        long long a_ = (long long)(actual);                                                            \
        if (e_ != a_)                                                                                  \
        {                                                                                              \
            g_checks_failed_in_test++;                                                                 \
            fprintf(stderr, "%s:%d: expected %s == %lld (0x%llx), got %lld (0x%llx)\n", __FILE__,      \
                    __LINE__, #actual, e_, (unsigned long long)e_, a_, (unsigned long long)a_);        \
        }                                                                                              \
    } while (0)

#define TEST_RUN(fn)                                                                                   \
    do                                                                                                 \
    {                                                                                                  \
        g_checks_failed_in_test = 0;                                                                   \
        fn();                                                                                          \
        if (g_checks_failed_in_test == 0)                                                              \
        {                                                                                              \
            g_tests_passed++;                                                                          \
            printf("PASS %s\n", #fn);                                                                  \
        }                                                                                              \
        else                                                                                           \
        {                                                                                              \
            g_tests_failed++;                                                                          \
            printf("FAIL %s\n", #fn);                                                                  \
        }                                                                                              \
    } while (0)

static inline int test_summary(void)
{
    printf("%d passed, %d failed\n", g_tests_passed, g_tests_failed);
    return g_tests_failed == 0 ? 0 : 1;
}

#endif
