# Constructors with priorities in two objects. Each appends one letter to
# trace[]; _start prints the trace. _start does not call __wasm_call_ctors
# itself, so the linker wraps the entry point (_start.command_export).
  .functype print (i32, i32) -> ()
  .functype exit (i32) -> ()

  .section .text.record,"",@
  .globl record
  .type record,@function
record:
  .functype record (i32) -> ()
  .local i32
  i32.const 0
  i32.load trace_len
  local.tee 1
  local.get 0
  i32.store8 trace
  i32.const 0
  local.get 1
  i32.const 1
  i32.add
  i32.store trace_len
  end_function

  .section .text.ctor_a,"",@
  .type ctor_a,@function
ctor_a:
  .functype ctor_a () -> ()
  i32.const 97
  call record
  end_function

  .section .text.ctor_b,"",@
  .type ctor_b,@function
ctor_b:
  .functype ctor_b () -> ()
  i32.const 98
  call record
  end_function

  .section .text.ctor_c,"",@
  .type ctor_c,@function
ctor_c:
  .functype ctor_c () -> ()
  i32.const 99
  call record
  end_function

  .section .text._start,"",@
  .globl _start
  .type _start,@function
_start:
  .functype _start () -> ()
  i32.const 46
  call record
  i32.const 10
  call record
  i32.const trace
  i32.const 0
  i32.load trace_len
  call print
  i32.const 0
  call exit
  end_function

  .section .bss.trace,"",@
  .globl trace
  .p2align 2
trace:
  .skip 64
  .size trace, 64

  .section .bss.trace_len,"",@
  .globl trace_len
  .p2align 2
trace_len:
  .int32 0
  .size trace_len, 4

  .section .init_array.300,"",@
  .p2align 2
  .int32 ctor_c

  .section .init_array.101,"",@
  .p2align 2
  .int32 ctor_a
  .int32 ctor_b

  .section .init_array,"",@
  .p2align 2
  .int32 ctor_c
