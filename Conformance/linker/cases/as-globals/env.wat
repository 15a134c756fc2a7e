(module
  (global (export "the_answer") i32 (i32.const 42)))
