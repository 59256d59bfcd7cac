/// One person of the staff list as the UTF-8 bytes they are stored as, valid only while
/// the row is being written.
struct StaffRowBytes {
    var login: UnsafeRawBufferPointer
    var name: UnsafeRawBufferPointer
    var email: UnsafeRawBufferPointer
    var team: UnsafeRawBufferPointer
    var role: UnsafeRawBufferPointer
    var leadsTeam: Bool
}
