(module
  (memory (export "memory") 3 100))
