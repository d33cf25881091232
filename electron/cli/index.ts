// init-lab command line: runs experiments headless.
console.log('init-lab');
