# No WASI calls: wasmtime's WASI needs an export named "memory", so the module
# is run with --invoke on an exported function instead.
  .section .text.probe,"",@
  .globl probe
  .type probe,@function
probe:
  .functype probe () -> (i32)
  i32.const 0
  i32.load counter
  i32.const 100
  i32.rem_u
  memory.size 0
  i32.add
  end_function

  .section .data.counter,"",@
  .p2align 2
counter:
  .int32 31337
  .size counter, 4
