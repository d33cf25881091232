// Desktop entry: opens the locked-down window over the lab service.
export {};
