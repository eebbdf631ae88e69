package fetch

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"syscall"
)

// ErrPrivate marks a request refused because its address, after DNS
// resolution, is private, loopback, link-local, unspecified or a cloud
// metadata address. A feed or a redirect pointing there is treated as hostile:
// following it would let an outlet's page make kronik read the user's own
// network.
var ErrPrivate = errors.New("private, loopback or link-local address refused (use --allow-private to allow)")

// metadataAddrs are cloud metadata services reachable on public-looking
// addresses as well as link-local ones.
var metadataAddrs = [...]netip.Addr{
	netip.MustParseAddr("169.254.169.254"),
	netip.MustParseAddr("fd00:ec2::254"),
	netip.MustParseAddr("100.100.100.200"), // Alibaba Cloud
}

// refused says whether a connection to ip must be refused.
func refused(ip netip.Addr) bool {
	ip = ip.Unmap()
	for _, m := range metadataAddrs {
		if ip == m {
			return true
		}
	}
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsUnspecified() || ip.IsMulticast() {
		return true
	}
	// Carrier-grade NAT (100.64.0.0/10) is a provider's private network.
	if ip.Is4() && netip.MustParsePrefix("100.64.0.0/10").Contains(ip) {
		return true
	}
	return false
}

// guardControl is the dialer's Control hook: it runs after DNS resolution,
// on the address actually dialled, for every connection including each
// redirect hop's, so a name that resolves to 127.0.0.1 is refused as surely
// as the literal address (the Miniflux and Go-advisory pattern against DNS
// rebinding).
func guardControl(allow map[string]bool) func(network, address string, _ syscall.RawConn) error {
	return func(network, address string, _ syscall.RawConn) error {
		if allow[address] {
			return nil
		}
		return guardAddress(address)
	}
}

func guardAddress(address string) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return fmt.Errorf("dial %s: %w", address, err)
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("dial %s: %w", address, err)
	}
	if refused(ip) {
		return fmt.Errorf("dial %s: %w", address, ErrPrivate)
	}
	return nil
}
