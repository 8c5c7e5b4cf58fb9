#!/usr/bin/env bash
# FurnaceFw native library: host tests and Cortex-M0+ cross-compile.
#   build.sh test   - CMake configure + build in build/host, then ctest
#   build.sh cross  - arm-none-eabi-gcc every library C file (no tests, no
#                     CLR stub .cpp, no ChibiOS glue), archive, print sizes
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build_root="${here}/build"

run_tests() {
    local dir="${build_root}/host"
    cmake -S "${here}" -B "${dir}" -DCMAKE_BUILD_TYPE=Debug
    cmake --build "${dir}" -j 2
    (cd "${dir}" && ctest --output-on-failure)
}

run_cross() {
    command -v arm-none-eabi-gcc >/dev/null || {
        echo "arm-none-eabi-gcc not found: apt-get install -y gcc-arm-none-eabi libnewlib-arm-none-eabi" >&2
        exit 1
    }
    local dir="${build_root}/cross"
    rm -rf "${dir}"
    mkdir -p "${dir}"
    local cflags=(-mcpu=cortex-m0plus -mthumb -Os -std=c99 -Wall -Wextra -Werror
                  -ffunction-sections -fdata-sections -I "${here}/src")
    local objects=()
    for source in "${here}"/src/*.c; do
        local object="${dir}/$(basename "${source%.c}").o"
        arm-none-eabi-gcc "${cflags[@]}" -c "${source}" -o "${object}"
        objects+=("${object}")
    done
    arm-none-eabi-ar rcs "${dir}/libfurnace_native.a" "${objects[@]}"
    arm-none-eabi-gcc --version | head -n 1
    arm-none-eabi-size "${objects[@]}"
    echo "archive totals:"
    arm-none-eabi-size -t "${dir}/libfurnace_native.a" | tail -n 1
}

case "${1:-}" in
    test) run_tests ;;
    cross) run_cross ;;
    *)
        echo "usage: $0 test|cross" >&2
        exit 2
        ;;
esac
