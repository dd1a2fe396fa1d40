import { checkAddress, embeddedIpv4 } from '@/lib/fetch';

describe('address policy', () => {
  test.each([
    ['127.0.0.1', 'loopback'], ['127.255.0.9', 'loopback'], ['10.2.3.4', 'private'], ['172.16.0.1', 'private'], ['172.31.255.255', 'private'],
    ['192.168.0.10', 'private'], ['169.254.169.254', 'link-local (cloud metadata)'], ['100.100.100.200', 'carrier-grade NAT'],
    ['0.0.0.0', 'this-network'], ['224.0.0.1', 'multicast'], ['255.255.255.255', 'reserved'],
    ['::1', 'loopback'], ['::', 'unspecified'], ['fe80::1', 'link-local'], ['fd00:ec2::254', 'unique local (private)'],
    ['::ffff:127.0.0.1', 'loopback'], ['::ffff:a9fe:a9fe', 'link-local (cloud metadata)'], ['64:ff9b::10.0.0.1', 'private'], ['2002:c0a8:0101::', 'private'],
    ['::ffff:0:7f00:1', 'IPv4-translated (SIIT)'], ['::ffff:0:8.8.8.8', 'IPv4-translated (SIIT)'], ['64:ff9b:1::a00:1', 'local-use NAT64'], ['64:ff9b:1:ffff::1', 'local-use NAT64'],
  ])('%s is refused (%s)', (address, reason) => {
    expect(checkAddress(address)).toEqual({ allowed: false, reason });
  });

  test.each(['8.8.8.8', '172.32.0.1', '93.184.215.14', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('%s is public', (address) => {
    expect(checkAddress(address)).toEqual({ allowed: true });
  });

  test('finds IPv4 addresses inside IPv6 forms', () => {
    expect(embeddedIpv4('::ffff:7f00:1')).toBe('127.0.0.1');
    expect(embeddedIpv4('64:ff9b::a9fe:a9fe')).toBe('169.254.169.254');
    expect(embeddedIpv4('2606:4700::1')).toBeNull();
  });
});
