package kb

import "testing"

func TestLoad(t *testing.T) {
	k, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	_ = k
}
