# Output helpers for the hand-written assembly cases (no libc):
#   print(ptr, len)   writes bytes to stdout (WASI fd_write)
#   print_u32(n)      writes n in decimal and a newline
#   exit(code)        WASI proc_exit
  .globaltype __stack_pointer, i32

  .functype fd_write (i32, i32, i32, i32) -> (i32)
  .import_module fd_write, wasi_snapshot_preview1
  .import_name fd_write, fd_write
  .functype proc_exit (i32) -> ()
  .import_module proc_exit, wasi_snapshot_preview1
  .import_name proc_exit, proc_exit

  .section .text.print,"",@
  .globl print
  .type print,@function
print:
  .functype print (i32, i32) -> ()
  .local i32
  global.get __stack_pointer
  i32.const 16
  i32.sub
  local.tee 2
  local.get 0
  i32.store 0
  local.get 2
  local.get 1
  i32.store 4
  i32.const 1
  local.get 2
  i32.const 1
  local.get 2
  i32.const 8
  i32.add
  call fd_write
  drop
  end_function

  .section .text.print_u32,"",@
  .globl print_u32
  .type print_u32,@function
print_u32:
  .functype print_u32 (i32) -> ()
  .local i32, i32
  global.get __stack_pointer
  i32.const 32
  i32.sub
  local.tee 2
  local.set 1
  local.get 1
  i32.const 10
  i32.store8 0
  loop
    local.get 1
    i32.const 1
    i32.sub
    local.tee 1
    local.get 0
    i32.const 10
    i32.rem_u
    i32.const 48
    i32.add
    i32.store8 0
    local.get 0
    i32.const 10
    i32.div_u
    local.tee 0
    br_if 0
  end_loop
  # the stack frame of print() lies below this buffer
  global.get __stack_pointer
  local.get 1
  i32.const -48
  i32.add
  i32.const -16
  i32.and
  global.set __stack_pointer
  local.get 1
  local.get 2
  local.get 1
  i32.sub
  i32.const 1
  i32.add
  call print
  global.set __stack_pointer
  end_function

  .section .text.exit,"",@
  .globl exit
  .type exit,@function
exit:
  .functype exit (i32) -> ()
  local.get 0
  call proc_exit
  end_function
