const char lib_name[] = "libmine";
