#ifndef CAIRN_CGIT2_SHIM_H
#define CAIRN_CGIT2_SHIM_H
#include <git2.h>
/* git_repository_set_index, for GIT_INDEX_FILE */
#include <git2/sys/repository.h>
#endif
