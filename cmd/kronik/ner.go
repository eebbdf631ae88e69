package main

import (
	"context"
	"fmt"
	"io"
)

// runTrain and runEval are owned by the NER work (issue 3); placeholders until it lands.
func runTrain(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return fmt.Errorf("%w: train: not built yet", errUsage)
}

func runEval(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return fmt.Errorf("%w: eval: not built yet", errUsage)
}
