import CairnCLI

#if canImport(Glibc)
    import Glibc

    // glibc gives each thread that allocates its own arena. Files are parsed
    // on worker threads and their results freed on the main thread; with one
    // arena per worker, a check of 100,000 items spent 40 % more CPU time and
    // 2.5 times the system time trimming and faulting arena pages (16.8 s
    // user and 4.9 s system against 11.8 s and 1.7 s with two arenas).
    // Swift's Glibc module does not export <malloc.h>, so `mallopt` is looked
    // up by name; `M_ARENA_MAX` is -8 there.
    if let symbol = dlsym(nil, "mallopt") {
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        _ = mallopt(-8, 2)
    }
#endif

CairnCommand.main()
