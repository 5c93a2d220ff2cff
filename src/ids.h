/* The number a person types for a record, as one int, shared by the
 * generator and the program: an HTTP status (000 to 999), a vendor's own
 * error number (1000 to 9999, such as Cloudflare's 1020), or an IIS
 * sub-status (500.19 is ID_SUB(500, 19)).  Records are kept in the order of
 * their ids, so every status comes first, in code order, then the error
 * numbers, then the sub-statuses by parent. */
#ifndef IDS_H
#define IDS_H

#define ID_ERROR_MIN 1000
#define ID_ERROR_MAX 9999
#define ID_SUB_BASE 1000000
#define ID_SUB_MAX 999
#define ID_SUB(code, sub) (ID_SUB_BASE + (code) * 1000 + (sub))
#define ID_IS_SUB(id) ((id) >= ID_SUB_BASE)
#define ID_IS_ERROR(id) ((id) >= ID_ERROR_MIN && (id) <= ID_ERROR_MAX)
/* the HTTP status a sub-status belongs to; the id itself otherwise */
#define ID_CODE(id) (ID_IS_SUB(id) ? ((id) - ID_SUB_BASE) / 1000 : (id))
#define ID_SUBSTATUS(id) (((id) - ID_SUB_BASE) % 1000)

#endif
