#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

static int live = 0;

struct Node {
    std::string name;
    std::vector<std::shared_ptr<Node>> children;
    std::weak_ptr<Node> parent;
    explicit Node(std::string n) : name(std::move(n)) { live++; }
    ~Node() { live--; }
};

struct Resource {
    int id;
    explicit Resource(int i) : id(i) { std::printf("acquire %d\n", id); }
    ~Resource() { std::printf("release %d\n", id); }
};

static std::unique_ptr<Resource> make_res(int id) { return std::make_unique<Resource>(id); }

static int depth(const std::shared_ptr<Node> &n) {
    int d = 0;
    for (auto p = n->parent.lock(); p; p = p->parent.lock()) d++;
    return d;
}

int main() {
    {
        auto root = std::make_shared<Node>("root");
        std::shared_ptr<Node> leaf;
        for (int i = 0; i < 3; i++) {
            auto c = std::make_shared<Node>("child" + std::to_string(i));
            c->parent = root;
            root->children.push_back(c);
            for (int j = 0; j < 2; j++) {
                auto g = std::make_shared<Node>(c->name + "." + std::to_string(j));
                g->parent = c;
                c->children.push_back(g);
                leaf = g;
            }
        }
        std::printf("live nodes: %d, leaf %s depth %d, root use_count %ld\n", live, leaf->name.c_str(),
                    depth(leaf), root.use_count());
        std::weak_ptr<Node> w = root;
        root.reset();
        std::printf("after root.reset: expired=%d live=%d (leaf still holds its branch? %s)\n", w.expired(), live,
                    leaf->parent.lock() ? "yes" : "no");
    }
    std::printf("after scope: live nodes %d\n", live);

    std::vector<std::unique_ptr<Resource>> pool;
    for (int i = 1; i <= 3; i++) pool.push_back(make_res(i));
    std::unique_ptr<Resource> taken = std::move(pool[1]);
    pool.erase(pool.begin() + 1);
    std::printf("pool size %zu, taken %d\n", pool.size(), taken->id);
    {
        auto closer = [](FILE *) { std::printf("custom deleter ran\n"); };
        std::unique_ptr<FILE, decltype(closer)> fake(stdout, closer);
    }
    std::shared_ptr<Resource> shared = std::move(taken);
    auto alias = shared;
    std::printf("shared use_count %ld, taken empty %d\n", shared.use_count(), taken == nullptr);
    std::map<int, std::shared_ptr<int>> cache;
    auto val = std::make_shared<int>(7);
    for (int k = 0; k < 4; k++) cache[k] = val;
    std::printf("cache shares one int: use_count %ld\n", val.use_count());
    pool.clear();
    std::printf("end of main\n");
    return 0;
}
