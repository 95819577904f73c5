# ipaddress: IPv4/IPv6 addresses (parsing, arithmetic, properties, packed, compressed forms),
# networks (hosts, subnets, supernet, overlaps, containment), interfaces, collapse and
# summarize helpers, and the errors for bad input.
import ipaddress as ip

a = ip.ip_address("192.168.1.10")
print(a, repr(a), a.version, int(a), a.packed, a + 5, a - 10, a.is_private, a.is_global, a.reverse_pointer)
print(ip.ip_address(3232235777), ip.IPv4Address(b"\x7f\x00\x00\x01").is_loopback)
b = ip.ip_address("2001:db8::1")
print(b, b.exploded, b.compressed, b.version, b.is_private, ip.ip_address("::ffff:1.2.3.4").ipv4_mapped)
print(ip.IPv6Address("fe80::1%eth0").scope_id if hasattr(ip.IPv6Address("::1"), "scope_id") else "", ip.ip_address("::1").is_loopback)
n = ip.ip_network("10.0.0.0/29")
print(n, n.netmask, n.hostmask, n.broadcast_address, n.num_addresses, n.prefixlen, n.with_netmask)
print(list(n.hosts()), list(n.subnets(prefixlen_diff=1)), n.supernet(new_prefix=24))
print(ip.ip_address("10.0.0.3") in n, ip.ip_network("10.0.0.0/30").subnet_of(n), n.overlaps(ip.ip_network("10.0.0.4/30")))
print(list(ip.ip_network("192.0.2.0/24").address_exclude(ip.ip_network("192.0.2.128/26"))))
try:
    ip.ip_network("10.0.0.1/24")
except ValueError as e:
    print("ValueError", e)
print(ip.ip_network("10.0.0.1/24", strict=False))
i = ip.ip_interface("192.168.0.5/24")
print(i, i.ip, i.network, i.with_prefixlen, i.with_hostmask)
print(list(ip.collapse_addresses([ip.ip_network("1.0.0.0/25"), ip.ip_network("1.0.0.128/25")])))
print(list(ip.summarize_address_range(ip.ip_address("1.1.1.0"), ip.ip_address("1.1.1.10"))))
n6 = ip.ip_network("2001:db8::/126")
print(n6, n6.num_addresses, n6[1], n6.network_address, n6.broadcast_address)
for bad in ["256.1.1.1", "1.2.3", "::g", "abc", "1.2.3.04"]:
    try:
        ip.ip_address(bad)
    except ValueError as e:
        print("ValueError", e)
print(sorted([ip.ip_address("10.0.0.2"), ip.ip_address("9.9.9.9"), ip.ip_address("10.0.0.1")]))
print(ip.ip_address("1.2.3.4") < ip.ip_address("1.2.3.5"), hash(ip.ip_address("1.1.1.1")) == hash(ip.ip_address("1.1.1.1")))
print(ip.v4_int_to_packed(1), ip.get_mixed_type_key(n), format(a, "b")[:10], format(a, "#x"))
