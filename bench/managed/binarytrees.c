// The Computer Language Benchmarks Game's binary-trees, the same program as
// binarytrees.cs with one malloc per node and each tree freed after its check.
#include <stdio.h>
#include <stdlib.h>

#define MIN_DEPTH 4
#define MAX_DEPTH 16

typedef struct TreeNode {
    struct TreeNode *left, *right;
} TreeNode;

static TreeNode *new_node(TreeNode *left, TreeNode *right) {
    TreeNode *node = malloc(sizeof(TreeNode));
    node->left = left;
    node->right = right;
    return node;
}

static TreeNode *bottom_up(int depth) {
    return depth > 0 ? new_node(bottom_up(depth - 1), bottom_up(depth - 1)) : new_node(NULL, NULL);
}

static int check(const TreeNode *node) {
    return node->left == NULL ? 1 : 1 + check(node->left) + check(node->right);
}

static void free_tree(TreeNode *node) {
    if (node->left != NULL) {
        free_tree(node->left);
        free_tree(node->right);
    }
    free(node);
}

int main(void) {
    int stretch_depth = MAX_DEPTH + 1;
    TreeNode *stretch = bottom_up(stretch_depth);
    printf("stretch tree of depth %d\t check: %d\n", stretch_depth, check(stretch));
    free_tree(stretch);

    TreeNode *long_lived = bottom_up(MAX_DEPTH);

    for (int depth = MIN_DEPTH; depth <= MAX_DEPTH; depth += 2) {
        int iterations = 1 << (MAX_DEPTH - depth + MIN_DEPTH);
        int total = 0;
        for (int i = 0; i < iterations; i++) {
            TreeNode *tree = bottom_up(depth);
            total += check(tree);
            free_tree(tree);
        }
        printf("%d\t trees of depth %d\t check: %d\n", iterations, depth, total);
    }

    printf("long lived tree of depth %d\t check: %d\n", MAX_DEPTH, check(long_lived));
    free_tree(long_lived);
    return 0;
}
